using InteractionAnalytics.Core.Contacts;

namespace InteractionAnalytics.Core.Tests.Contacts;

public sealed class ContactRulesTests
{
    [Test]
    public void Check_ValidHandledAndAbandoned_NoProblems()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContactRules.Check(ContactBuilder.Handled()), Is.Empty);
            Assert.That(ContactRules.Check(ContactBuilder.Abandoned()), Is.Empty);
        }
    }

    [Test]
    public void Check_EndBeforeStart_ReportsIt()
    {
        var record = ContactBuilder.Handled() with { AnsweredAt = null, EndedAt = ContactBuilder.Start.AddSeconds(-1) };

        var problems = ContactRules.Check(record);

        Assert.That(problems, Has.One.Contains("is before started_at"));
    }

    [TestCase("talk", TestName = "NegativeTalk")]
    [TestCase("hold", TestName = "NegativeHold")]
    [TestCase("acw", TestName = "NegativeAcw")]
    public void Check_NegativeDuration_ReportsFieldByName(string part)
    {
        var record = part switch
        {
            "talk" => ContactBuilder.Handled() with { TalkSeconds = -5 },
            "hold" => ContactBuilder.Handled() with { HoldSeconds = -5 },
            _ => ContactBuilder.Handled() with { AcwSeconds = -5 },
        };

        Assert.That(ContactRules.Check(record), Has.One.EqualTo($"{part}_seconds is negative (-5)"));
    }

    [Test]
    public void Check_DurationOverOneDay_ReportsNotCredible()
    {
        var record = ContactBuilder.Handled() with { AcwSeconds = 90_000 };

        Assert.That(ContactRules.Check(record), Has.One.Contains("acw_seconds is 90000 s"));
    }

    [Test]
    public void Check_ExactlyOneDay_IsAccepted()
    {
        var record = ContactBuilder.Handled() with { AcwSeconds = ContactRules.MaxDurationSeconds };

        Assert.That(ContactRules.Check(record), Is.Empty);
    }

    [Test]
    public void Check_AbandonedWithTalk_ReportsContradiction()
    {
        var record = ContactBuilder.Abandoned() with { TalkSeconds = 10 };

        Assert.That(ContactRules.Check(record), Has.One.Contains("marked abandoned but has talk_seconds"));
    }

    [Test]
    public void Check_AnsweredAfterEnd_ReportsIt()
    {
        var record = ContactBuilder.Handled() with { AnsweredAt = ContactBuilder.Start.AddHours(2) };

        Assert.That(ContactRules.Check(record), Has.One.Contains("answered_at"));
    }

    [Test]
    public void Check_CallIdTooLongOrWithControlCharacters_Rejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContactRules.Check(ContactBuilder.Handled(new string('x', 129))), Has.One.Contains("129 characters"));
            Assert.That(ContactRules.Check(ContactBuilder.Handled("C\u0001")), Has.One.Contains("control characters"));
        }
    }

    [Test]
    public void HandleSeconds_HandledIsTalkPlusHoldPlusAcw_AbandonedIsZero()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContactBuilder.Handled(talk: 300, hold: 45, acw: 60).HandleSeconds, Is.EqualTo(405));
            Assert.That(ContactBuilder.Abandoned().HandleSeconds, Is.Zero);
        }
    }
}
