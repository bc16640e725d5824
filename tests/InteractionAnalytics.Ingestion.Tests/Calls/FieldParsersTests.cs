using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Ingestion.Tests.Calls;

public sealed class FieldParsersTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [TestCase("2026-11-17T09:15:02+01:00", 2026, 11, 17, 9, 15, 2, 60)]
    [TestCase("2026-11-17T09:15:02Z", 2026, 11, 17, 9, 15, 2, 0)]
    [TestCase("2026-11-17 09:15:02-0500", 2026, 11, 17, 9, 15, 2, -300)]
    [TestCase("2026-11-17T09:15:02.250-05", 2026, 11, 17, 9, 15, 2, -300)]
    [TestCase("2026-11-17T09:15+05:30", 2026, 11, 17, 9, 15, 0, 330)]
    public void Timestamp_WithOffset_KeepsOffset(string raw, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        var problem = FieldParsers.Timestamp("started_at", raw, null, null, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.Null);
            Assert.That(value.Offset, Is.EqualTo(TimeSpan.FromMinutes(offsetMinutes)));
            Assert.That(value.DateTime.Date, Is.EqualTo(new DateTime(y, mo, d)));
            Assert.That((value.Hour, value.Minute, value.Second), Is.EqualTo((h, mi, s)));
        }
    }

    [Test]
    public void Timestamp_NaiveWithoutZone_SaysToPassTimezone()
    {
        var problem = FieldParsers.Timestamp("started_at", "2026-11-17T09:15:02", null, null, out _);

        Assert.That(problem, Does.Contain("has no UTC offset").And.Contain("--timezone"));
    }

    [Test]
    public void Timestamp_NaiveWithZone_UsesZoneOffsetOfThatDate()
    {
        Assert.That(FieldParsers.Timestamp("t", "2026-07-01T10:00:00", Chicago, null, out var summer), Is.Null);
        Assert.That(FieldParsers.Timestamp("t", "2026-11-17T10:00:00", Chicago, null, out var winter), Is.Null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summer.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
            Assert.That(winter.Offset, Is.EqualTo(TimeSpan.FromHours(-6)));
        }
    }

    [Test]
    public void Timestamp_InSpringForwardGap_Rejected()
    {
        var problem = FieldParsers.Timestamp("t", "2026-03-08T02:30:00", Chicago, null, out _);

        Assert.That(problem, Does.Contain("does not exist in time zone"));
    }

    [Test]
    public void Timestamp_InFallBackHour_TakesFirstOccurrence()
    {
        Assert.That(FieldParsers.Timestamp("t", "2026-11-01T01:30:00", Chicago, null, out var value), Is.Null);

        Assert.That(value.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
    }

    [TestCase("yesterday")]
    [TestCase("2026-13-01T00:00:00Z")]
    [TestCase("17/11/2026 09:15")]
    public void Timestamp_Unparseable_SaysExpectedForm(string raw)
    {
        var problem = FieldParsers.Timestamp("ended_at", raw, Chicago, null, out _);

        Assert.That(problem, Does.StartWith($"ended_at '{raw}'"));
    }

    [Test]
    public void Timestamp_CustomFormat_ParsedInZone()
    {
        var problem = FieldParsers.Timestamp("t", "11/17/2026 14:05:00", Chicago, "MM/dd/yyyy HH:mm:ss", out var value);

        Assert.That(problem, Is.Null);
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2026, 11, 17, 14, 5, 0, TimeSpan.FromHours(-6))));
    }

    [TestCase("125", DurationUnit.Seconds, 125)]
    [TestCase("12.5", DurationUnit.Seconds, 12.5)]
    [TestCase("02:05", DurationUnit.Seconds, 125)]
    [TestCase("1:02:05", DurationUnit.Seconds, 3725)]
    [TestCase("125000", DurationUnit.Milliseconds, 125)]
    [TestCase("-5", DurationUnit.Seconds, -5)]
    public void Duration_Forms_ParsedToSeconds(string raw, DurationUnit unit, double expected)
    {
        Assert.That(FieldParsers.Duration("talk_seconds", raw, unit, out var seconds), Is.Null);
        Assert.That(seconds, Is.EqualTo(expected));
    }

    [TestCase("abc")]
    [TestCase("1:75")]
    [TestCase("1:2:3:4")]
    [TestCase("Infinity")]
    public void Duration_Invalid_NamesField(string raw)
    {
        Assert.That(FieldParsers.Duration("hold_seconds", raw, DurationUnit.Seconds, out _), Does.StartWith($"hold_seconds '{raw}'"));
    }

    [TestCase("true", true)]
    [TestCase("YES", true)]
    [TestCase("1", true)]
    [TestCase("n", false)]
    [TestCase("False", false)]
    public void Flag_CommonSpellings_Parsed(string raw, bool expected)
    {
        Assert.That(FieldParsers.Flag("abandoned", raw, out var value), Is.Null);
        Assert.That(value, Is.EqualTo(expected));
    }

    [Test]
    public void Count_Decimal_Rejected()
    {
        Assert.That(FieldParsers.Count("hold_count", "1.5", out _), Is.EqualTo("hold_count '1.5' is not a whole number"));
    }
}
