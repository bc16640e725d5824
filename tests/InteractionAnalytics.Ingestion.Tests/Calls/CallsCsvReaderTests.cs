using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Ingestion.Tests.Calls;

public sealed class CallsCsvReaderTests
{
    internal const string Header =
        "call_id,customer_id,agent_id,team,queue,channel,direction,started_at,answered_at,ended_at,ivr_seconds,queue_seconds,talk_seconds,hold_seconds,hold_count,acw_seconds,transfer_count,abandoned,disposition";

    internal const string GoodRow =
        "C1,CU1,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,300,60,1,45,0,false,resolved";

    private static List<ParsedCall> Read(string text, ColumnMapping? mapping = null, TimeZoneInfo? zone = null, List<string>? warnings = null) =>
        [.. new CallsCsvReader(mapping ?? ColumnMapping.Default, zone).Read(new StringReader(text), "calls.csv", w => warnings?.Add(w))];

    [Test]
    public void Read_ValidRow_AllFieldsMapped()
    {
        var parsed = Read($"{Header}\n{GoodRow}\n").Single();

        var c = parsed.Contact!.Record;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Reject, Is.Null);
            Assert.That(parsed.Contact.Line, Is.EqualTo(2));
            Assert.That(c.CallId, Is.EqualTo("C1"));
            Assert.That(c.CustomerId, Is.EqualTo("CU1"));
            Assert.That(c.Team, Is.EqualTo("North"));
            Assert.That(c.Direction, Is.EqualTo(ContactDirection.Inbound));
            Assert.That(c.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(-5))));
            Assert.That(c.IvrSeconds, Is.EqualTo(20));
            Assert.That(c.QueueSeconds, Is.EqualTo(40));
            Assert.That(c.TalkSeconds, Is.EqualTo(300));
            Assert.That(c.HoldSeconds, Is.EqualTo(60));
            Assert.That(c.HoldCount, Is.EqualTo(1));
            Assert.That(c.AcwSeconds, Is.EqualTo(45));
            Assert.That(c.Abandoned, Is.False);
            Assert.That(c.HandleSeconds, Is.EqualTo(405));
            Assert.That(c.Disposition, Is.EqualTo("resolved"));
        }
    }

    [Test]
    public void Read_OptionalFieldsEmpty_UsesDocumentedDefaults()
    {
        const string row = "C2,,A1,,,,,2026-11-17T09:00:00Z,2026-11-17T09:00:30Z,2026-11-17T09:05:30Z,,,300,,,,,,";

        var c = Read($"{Header}\n{row}\n").Single().Contact!.Record;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c.CustomerId, Is.Null);
            Assert.That(c.Channel, Is.EqualTo("voice"));
            Assert.That(c.Direction, Is.EqualTo(ContactDirection.Inbound));
            Assert.That(c.IvrSeconds, Is.Null);
            Assert.That(c.HoldSeconds, Is.Zero);
            Assert.That(c.AcwSeconds, Is.Zero);
            Assert.That(c.TransferCount, Is.Zero);
            Assert.That(c.Abandoned, Is.False);
        }
    }

    [Test]
    public void Read_AbandonedEmptyAndNoAnswer_InferredAbandoned()
    {
        const string row = "C3,CU3,,,billing,,,2026-11-17T09:00:00Z,,2026-11-17T09:02:00Z,10,110,,,,,,,";

        var c = Read($"{Header}\n{row}\n").Single().Contact!.Record;

        Assert.That(c.Abandoned, Is.True);
    }

    [Test]
    public void Read_TalkEmptyForHandled_DerivedFromAnsweredToEndedMinusHold()
    {
        const string row = "C4,CU4,A1,,,,,2026-11-17T09:00:00Z,2026-11-17T09:01:00Z,2026-11-17T09:11:00Z,,,,120,1,30,,false,";

        var c = Read($"{Header}\n{row}\n").Single().Contact!.Record;

        Assert.That(c.TalkSeconds, Is.EqualTo(480));
    }

    [Test]
    public void Read_BrokenRows_EachRejectedWithLineAndReason()
    {
        var text = string.Join('\n',
            Header,
            GoodRow,
            "C5,CU5,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00",                                   // too few fields
            GoodRow.Replace("C1,", "C6,", StringComparison.Ordinal).Replace("2026-11-17T09:07:00-05:00", "tomorrow", StringComparison.Ordinal),
            GoodRow.Replace("C1,", "C7,", StringComparison.Ordinal).Replace("2026-11-17T09:07:00-05:00", "2026-11-17T08:00:00-05:00", StringComparison.Ordinal),
            GoodRow.Replace("C1,", "C8,", StringComparison.Ordinal).Replace(",300,60,", ",-300,60,", StringComparison.Ordinal),
            "C9,\"unterminated,A1",
            GoodRow.Replace("C1,", ",", StringComparison.Ordinal),
            string.Empty);

        var parsed = Read(text);
        var rejects = parsed.Where(p => p.Reject is not null).Select(p => p.Reject!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Count(p => p.Contact is not null), Is.EqualTo(1));
            Assert.That(rejects.Select(r => r.Line), Is.EqualTo(new long?[] { 3, 4, 5, 6, 7, 8 }));
            Assert.That(rejects[0].Reason, Is.EqualTo("row has 8 fields; the header has 19"));
            Assert.That(rejects[0].RecordKey, Is.EqualTo("C5"));
            Assert.That(rejects[1].Reason, Does.Contain("ended_at 'tomorrow' is not an ISO 8601 timestamp"));
            Assert.That(rejects[2].Reason, Does.Contain("is before started_at"));
            Assert.That(rejects[3].Reason, Does.Contain("talk_seconds is negative (-300)"));
            Assert.That(rejects[4].Reason, Does.StartWith("malformed CSV: quoted field opened on line 7"));
            Assert.That(rejects[5].Reason, Does.Contain("call_id is empty"));
            Assert.That(rejects.All(r => r.Raw is not null), Is.True);
        }
    }

    [Test]
    public void Read_ParseErrorAndRuleViolationInOneRow_BothListed()
    {
        var row = GoodRow.Replace(",inbound,", ",sideways,", StringComparison.Ordinal).Replace(",300,60,", ",300,-60,", StringComparison.Ordinal)
            .Replace("2026-11-17T09:07:00-05:00", "2026-11-17T08:07:00-05:00", StringComparison.Ordinal);

        var reject = Read($"{Header}\n{row}\n").Single().Reject!;

        Assert.That(reject.Reason, Is.EqualTo(
            "direction 'sideways' is not inbound or outbound; ended_at 2026-11-17T08:07:00-05:00 is before started_at 2026-11-17T09:00:00-05:00; "
            + "answered_at 2026-11-17T09:01:00-05:00 is outside started_at..ended_at; hold_seconds is negative (-60)"));
    }

    [Test]
    public void Read_EmptyFile_OneFileLevelReject()
    {
        var parsed = Read(string.Empty).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Reject!.Line, Is.Null);
            Assert.That(parsed.Reject.Reason, Does.StartWith("file is empty"));
        }
    }

    [Test]
    public void Read_HeaderMissingRequiredColumn_EveryRowRejectedWithTheReason()
    {
        var header = Header.Replace("ended_at,", "finished,", StringComparison.Ordinal);

        var parsed = Read($"{header}\n{GoodRow}\n{GoodRow}\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Has.Count.EqualTo(2));
            Assert.That(parsed.All(p => p.Reject!.Reason == "the header has no column for required field(s) ended_at"), Is.True);
        }
    }

    [Test]
    public void Read_HeaderOnly_NoRecords()
    {
        Assert.That(Read(Header + "\n"), Is.Empty);
    }

    [Test]
    public void Read_ExtraColumn_IgnoredWithWarning()
    {
        var warnings = new List<string>();

        var parsed = Read($"{Header},wrapup_notes\n{GoodRow},note\n", warnings: warnings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.Single().Contact, Is.Not.Null);
            Assert.That(warnings, Has.One.Contains("wrapup_notes"));
        }
    }

    [Test]
    public void Read_NaiveTimestampsWithZone_Accepted()
    {
        var row = GoodRow.Replace("-05:00", string.Empty, StringComparison.Ordinal);

        var withoutZone = Read($"{Header}\n{row}\n").Single();
        var withZone = Read($"{Header}\n{row}\n", zone: TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withoutZone.Reject!.Reason, Does.Contain("--timezone"));
            Assert.That(withZone.Contact!.Record.StartedAt.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
        }
    }
}
