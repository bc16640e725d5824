using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Web.Qa;

namespace InteractionAnalytics.Web.Tests.Qa;

/// <summary>The shipped form and QA cue rules (Qa/Defaults) on hand-written agent turns.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class QaDefaultsTests
{
    [Test]
    public void Form_ParsesWithTheFiveAutomaticItemsAndCriticalQuestions()
    {
        var form = QaDefaults.Form;
        Assert.That(form.Questions, Has.Count.InRange(8, 12));
        Assert.That(form.Questions.Where(q => q.Auto is not null).Select(q => q.Auto!.Value), Is.EquivalentTo(QaAutoKinds.All.Select(a => a.Kind)));
        Assert.That(form.Questions.Where(q => q.Critical).Select(q => q.Id), Is.EquivalentTo(new[] { "identity_verified", "correct_resolution" }));
        Assert.That(form.MaxPoints, Is.EqualTo(100));
    }

    [TestCase(QaAutoKind.Greeting, "Good morning, thank you for calling Acme, my name is Sam.", true)]
    [TestCase(QaAutoKind.Greeting, "Hi! How can I help you?", true)]
    [TestCase(QaAutoKind.Greeting, "How can I help you?", false)]
    [TestCase(QaAutoKind.IdentityVerification, "Can you please confirm your date of birth?", true)]
    [TestCase(QaAutoKind.IdentityVerification, "May I have your name and the last four digits of your card?", true)]
    [TestCase(QaAutoKind.IdentityVerification, "I just need to verify your account first.", true)]
    [TestCase(QaAutoKind.IdentityVerification, "What is your zip code? For security purposes.", true)]
    [TestCase(QaAutoKind.IdentityVerification, "Just to verify, you already tried the code?", false)]
    [TestCase(QaAutoKind.Empathy, "I'm sorry to hear that.", true)]
    [TestCase(QaAutoKind.Empathy, "I understand how frustrating that must be.", true)]
    [TestCase(QaAutoKind.Empathy, "I apologize for the delay.", true)]
    [TestCase(QaAutoKind.Empathy, "I'm not sorry for anything.", false)]
    [TestCase(QaAutoKind.Empathy, "We are not sorry about that policy.", false)]
    [TestCase(QaAutoKind.Empathy, "Let me check that for you.", false)]
    [TestCase(QaAutoKind.Recap, "To recap, I've cancelled the order.", true)]
    [TestCase(QaAutoKind.Recap, "Just to confirm, the refund goes to your card.", true)]
    [TestCase(QaAutoKind.Recap, "I have gone ahead and reset your password.", true)]
    [TestCase(QaAutoKind.Recap, "So I've updated your address.", true)]
    [TestCase(QaAutoKind.Recap, "I haven't processed anything yet.", false)]
    [TestCase(QaAutoKind.Recap, "All promo codes expire after 7 days.", false)]
    [TestCase(QaAutoKind.Closing, "Is there anything else I can help you with?", true)]
    [TestCase(QaAutoKind.Closing, "Thank you for calling, have a great day!", true)]
    [TestCase(QaAutoKind.Closing, "Okay.", false)]
    public void Cues_OneAgentTurn(QaAutoKind kind, string text, bool found)
    {
        var results = QaDefaults.Answerer.Answer([new Turn(Speaker.Agent, null, null, text)]);
        Assert.That(results[kind].Answer, Is.EqualTo(found ? QaAnswer.Yes : QaAnswer.No), results[kind].Evidence?.Text);
    }

    [Test]
    public void Cues_CustomerTurns_NeverCount()
    {
        var results = QaDefaults.Answerer.Answer(
        [
            new Turn(Speaker.Customer, null, null, "Hi, my date of birth is 1 May. I'm sorry. To recap, have a great day!"),
            new Turn(Speaker.Agent, null, null, "Okay."),
        ]);
        Assert.That(results.Values.Select(r => r.Answer), Is.All.EqualTo(QaAnswer.No));
    }

    [Test]
    public void Cues_Windows_GreetingFirstTwoClosingLastTwoRecapLastFour()
    {
        Turn Agent(string text) => new(Speaker.Agent, null, null, text);
        var results = QaDefaults.Answerer.Answer(
        [
            Agent("One moment."), Agent("Still checking."), Agent("Hello again, thanks for waiting."),  // greeting too late
            Agent("Have a great day."),                                                                     // closing too early
            Agent("To recap, the card is blocked."), Agent("a"), Agent("b"), Agent("c"),                  // recap in the last four
        ]);
        Assert.That(results[QaAutoKind.Greeting].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(results[QaAutoKind.Closing].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(results[QaAutoKind.Recap].Evidence!.TurnIndex, Is.EqualTo(4));
    }
}
