using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Classification.Tests.Rules;

/// <summary>The shipped lexicon (<c>Defaults/root-cause-rules.json</c>) parses and maps realistic phrasings as intended.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DefaultRootCauseRulesTests
{
    private static readonly string[] RootCauses = ["agent", "ivr", "process", "billing", "product", "none"];

    private static readonly Lazy<PhraseRuleSet> Default = new(() =>
        PhraseRuleSet.Parse(DefaultResources.ReadText(DefaultResources.RootCauseRulesFileName), RootCauses));

    [Test]
    public void Parse_EmbeddedDefault_CoversEveryFailureRootCause()
    {
        var rules = Default.Value.Rules;

        var perRootCause = rules.GroupBy(r => r.RootCause).ToDictionary(g => g.Key, g => g.Count());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rules, Has.Count.InRange(60, 120));
            Assert.That(perRootCause.Keys, Is.EquivalentTo(new[] { "agent", "ivr", "process", "billing", "product" }), "root cause none has no rules");
            Assert.That(perRootCause.Values, Has.All.GreaterThanOrEqualTo(10));
            Assert.That(rules.Where(r => string.IsNullOrWhiteSpace(r.Description)).Select(r => r.Id), Is.Empty, "every rule explains itself");
            Assert.That(rules.Where(r => r.Examples.Count == 0).Select(r => r.Id), Is.Empty, "every rule documents (and so tests) an example");
            Assert.That(rules.Where(r => !r.Id.StartsWith(r.RootCause + ".", StringComparison.Ordinal)).Select(r => r.Id), Is.Empty);
            Assert.That(rules.Select(r => r.Weight), Has.All.InRange(0.5, 3.0));
        }
    }

    // Customer phrasings, lower case without punctuation as speech-to-text writes them.
    [TestCase("i've been on hold for like forty five minutes", "ivr")]
    [TestCase("i was on hold for an hour before anybody picked up", "ivr")]
    [TestCase("i pressed zero like five times", "ivr")]
    [TestCase("your system kept hanging up on me", "ivr")]
    [TestCase("i've been transferred three times already", "ivr")]
    [TestCase("i kept saying representative and it kept sending me back to the main menu", "ivr")]
    [TestCase("i couldn't get a real person", "ivr")]
    [TestCase("i had to punch in my account number three times before it let me through", "ivr")]
    [TestCase("the call dropped twice while i was waiting", "ivr")]
    [TestCase("i tried to pay online but the website wouldn't let me", "ivr")]
    [TestCase("you're the fourth person i've talked to today", "ivr")]
    [TestCase("this is the third time i'm calling", "agent")]
    [TestCase("they said they'd call me back and nobody did", "agent")]
    [TestCase("i was told it would be waived", "agent")]
    [TestCase("the last rep told me it was fixed and it clearly isn't", "agent")]
    [TestCase("she hung up on me", "agent")]
    [TestCase("the guy i talked to yesterday was really rude", "agent")]
    [TestCase("the agent gave me the wrong information about the fees", "agent")]
    [TestCase("why do i have to fax it who even has a fax machine anymore", "process")]
    [TestCase("i've already sent these documents in twice", "process")]
    [TestCase("i have to verify my identity again", "process")]
    [TestCase("they told me to call you and you told me to call them", "process")]
    [TestCase("i was charged twice", "billing")]
    [TestCase("i got a late fee even though i paid on time", "billing")]
    [TestCase("the credit never showed up", "billing")]
    [TestCase("i'm still being billed for a service i cancelled", "billing")]
    [TestCase("you charged me a fee i never agreed to", "billing")]
    [TestCase("the app keeps crashing", "product")]
    [TestCase("my internet has been down since monday", "product")]
    [TestCase("the flight got cancelled", "product")]
    [TestCase("i haven't had any signal since tuesday", "product")]
    [TestCase("my package is a week late", "product")]
    [TestCase("nobody called me back like they said they would", "agent")]
    [TestCase("my refund still hasn't shown up", "billing")]
    [TestCase("we've had no power since the storm", "product")]
    [TestCase("I've been on hold for 45 minutes.", "ivr")]
    [TestCase("No, the app keeps crashing.", "product")]
    public void Match_CustomerPhrasing_TopRootCause(string text, string expected)
    {
        AssertTopRootCause(Speaker.Customer, text, expected);
    }

    // Agent phrasings: the agent speaking is evidence too (a handoff is process, a known outage is product).
    [TestCase("let me transfer you to the billing department", "process")]
    [TestCase("you'll need to send it by fax", "process")]
    [TestCase("it takes seven to ten business days", "process")]
    [TestCase("per our policy i'm not able to override that from here", "process")]
    [TestCase("that request has to be reviewed by the back office first", "process")]
    [TestCase("i do see the duplicate charge here", "billing")]
    [TestCase("we are aware of an outage in your area", "product")]
    [TestCase("it looks like the request from your previous call was never actually submitted", "agent")]
    [TestCase("i'm sorry about the long wait hold times have been really long today", "ivr")]
    public void Match_AgentPhrasing_TopRootCause(string text, string expected)
    {
        AssertTopRootCause(Speaker.Agent, text, expected);
    }

    // Routine requests served as designed: root cause none has no rules, so nothing may fire.
    [TestCase(Speaker.Customer, "i'd like to update my address")]
    [TestCase(Speaker.Customer, "what's my balance")]
    [TestCase(Speaker.Customer, "can you help me pay my bill")]
    [TestCase(Speaker.Customer, "i want to book a flight to boston")]
    [TestCase(Speaker.Customer, "i need to reset my password")]
    [TestCase(Speaker.Customer, "when will my new card arrive")]
    [TestCase(Speaker.Customer, "i want to cancel my subscription")]
    [TestCase(Speaker.Customer, "i'd like to get my reservation cancelled")]
    [TestCase(Speaker.Customer, "can you put me on hold for a minute while i find my card")]
    [TestCase(Speaker.Customer, "can you transfer money to my savings account")]
    [TestCase(Speaker.Customer, "i don't have internet yet and i want to sign up")]
    [TestCase(Speaker.Customer, "i was not charged twice it was just one payment")]
    [TestCase(Speaker.Customer, "the app never crashes it's great")]
    [TestCase(Speaker.Customer, "i've been a customer for ten years")]
    [TestCase(Speaker.Customer, "the storm is coming so i want to make sure my policy is active")]
    [TestCase(Speaker.Customer, "they called me back and fixed it right away")]
    [TestCase(Speaker.Customer, "i think i paid the wrong amount by mistake")]
    [TestCase(Speaker.Customer, "i'll send it in the mail tomorrow")]
    [TestCase(Speaker.Customer, "can i get a paper copy of my statement")]
    [TestCase(Speaker.Agent, "please hold while i pull up your account")]
    [TestCase(Speaker.Agent, "you'll receive your card in five to seven business days")]
    [TestCase(Speaker.Agent, "your payment of fifty dollars has been processed")]
    [TestCase(Speaker.Agent, "are you seeing an error message on the screen")]
    [TestCase(Speaker.Agent, "let me check if there's an outage in your area")]
    [TestCase(Speaker.Agent, "payments can take up to 5 business days to post")]
    public void Match_RoutinePhrasing_NoHit(Speaker speaker, string text)
    {
        var hits = Match(speaker, text);

        Assert.That(hits.Select(h => $"{h.RuleId}: '{h.Text}'"), Is.Empty);
    }

    private static void AssertTopRootCause(Speaker speaker, string text, string expected)
    {
        var hits = Match(speaker, text);

        var top = hits.GroupBy(h => h.RootCause)
            .Select(g => (RootCause: g.Key, Score: g.Sum(h => h.Weight)))
            .OrderByDescending(s => s.Score)
            .Select(s => s.RootCause)
            .FirstOrDefault("none");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(top, Is.EqualTo(expected), string.Join("; ", hits.Select(h => $"{h.RuleId}: '{h.Text}'")));
            Assert.That(hits.Select(h => text[h.Start..h.End]), Is.EqualTo(hits.Select(h => h.Text)));
        }
    }

    private static List<PhraseRuleHit> Match(Speaker speaker, string text)
    {
        var hits = new List<PhraseRuleHit>();
        Default.Value.Match([new Turn(speaker, null, null, text)], hits);
        return hits;
    }
}
