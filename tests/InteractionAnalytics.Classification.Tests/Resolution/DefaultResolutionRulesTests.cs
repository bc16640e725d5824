using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Classification.Tests.Resolution;

/// <summary>The shipped resolution rules (<c>Defaults/resolution-rules.json</c>) load, pass their examples and read closings as intended.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DefaultResolutionRulesTests
{
    private static readonly Lazy<ResolutionDetector> Default = new(() => ResolutionDetectorFactory.Create());

    private static PhraseRuleSet Rules => Default.Value.Rules;

    [Test]
    public void LoadRules_EmbeddedDefault_CoversBothOutcomes()
    {
        var rules = Rules.Rules;

        var perOutcome = rules.GroupBy(r => r.RootCause).ToDictionary(g => g.Key, g => g.Count());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(DefaultResources.ReadText(ResolutionDetectorFactory.DefaultRulesFileName), Does.Contain("\"rules\""));
            Assert.That(perOutcome.Keys, Is.EquivalentTo(ResolutionOutcomeNames.RuleLabels));
            Assert.That(perOutcome.Values, Has.All.GreaterThanOrEqualTo(8));
            Assert.That(rules.Where(r => string.IsNullOrWhiteSpace(r.Description)).Select(r => r.Id), Is.Empty, "every rule explains itself");
            Assert.That(rules.Where(r => r.Examples.Count == 0).Select(r => r.Id), Is.Empty, "every rule documents (and so tests) an example");
            Assert.That(rules.Where(r => !r.Id.StartsWith(r.RootCause + ".", StringComparison.Ordinal)).Select(r => r.Id), Is.Empty);
            Assert.That(rules.Select(r => r.Weight), Has.All.InRange(0.5, 3.0));
        }
    }

    [Test]
    public void Examples_EveryDefaultRule_HitsEachOfItsExamplesFromItsOwnSpeaker()
    {
        // The parser already checks examples as plain text; this checks them as turns of the speakers the rule is for.
        var misses = new List<string>();
        foreach (var rule in Rules.Rules)
        {
            var speaker = rule.Speakers is { Count: > 0 } speakers ? speakers[0] : Speaker.Customer;
            foreach (var example in rule.Examples)
            {
                var hits = new List<PhraseRuleHit>();
                Rules.Match([new Turn(speaker, null, null, example)], hits);
                if (!hits.Any(h => h.RuleId == rule.Id))
                {
                    misses.Add($"{rule.Id}: \"{example}\"");
                }
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rules.Rules.Sum(r => r.Examples.Count), Is.GreaterThanOrEqualTo(2 * Rules.Rules.Count));
            Assert.That(misses, Is.Empty);
        }
    }

    // The phrases the resolution signals are defined by (docs/resolution.md), as speech-to-text writes them.
    [TestCase(Speaker.Customer, "that's fixed", "resolved")]
    [TestCase(Speaker.Customer, "oh that worked", "resolved")]
    [TestCase(Speaker.Customer, "Perfect, thank you.", "resolved")]
    [TestCase(Speaker.Customer, "that's all i needed", "resolved")]
    [TestCase(Speaker.Customer, "you've been very helpful", "resolved")]
    [TestCase(Speaker.Customer, "no that's all i needed", "resolved")] // "no" answers "anything else?": not a negation cue here
    [TestCase(Speaker.Customer, "no you've been very helpful", "resolved")]
    [TestCase(Speaker.Agent, "i've reversed the charge", "resolved")]
    [TestCase(Speaker.Agent, "your refund has been processed", "resolved")]
    [TestCase(Speaker.Agent, "it's all set", "resolved")]
    [TestCase(Speaker.Agent, "someone will call you back tomorrow", "unresolved")]
    [TestCase(Speaker.Agent, "we'll get back to you within two business days", "unresolved")]
    [TestCase(Speaker.Agent, "let me transfer you to billing", "unresolved")]
    [TestCase(Speaker.Agent, "i'm transferring you now", "unresolved")]
    [TestCase(Speaker.Customer, "i'll have to call back", "unresolved")]
    [TestCase(Speaker.Customer, "that didn't help", "unresolved")]
    [TestCase(Speaker.Customer, "it's still not working", "unresolved")]
    [TestCase(Speaker.Agent, "i'm going to open a ticket for this", "unresolved")]
    [TestCase(Speaker.Agent, "i'll escalate this to my supervisor", "unresolved")]
    [TestCase(Speaker.Customer, "forget it this is ridiculous i'm hanging up", "unresolved")]
    [TestCase(Speaker.System, "Call transferred to Billing.", "unresolved")]
    public void Match_SignalPhrase_HitsItsOutcome(Speaker speaker, string text, string expected)
    {
        var hits = Match(speaker, text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hits.Select(h => h.RootCause).Distinct(), Is.EqualTo(new[] { expected }), Describe(hits));
            Assert.That(hits.Select(h => text[h.Start..h.End]), Is.EqualTo(hits.Select(h => h.Text)));
        }
    }

    // Ordinary talk, negated signals and signals from the wrong speaker: nothing may fire.
    [TestCase(Speaker.Customer, "thank you")]
    [TestCase(Speaker.Customer, "can you put me on hold for a minute while i find my card")]
    [TestCase(Speaker.Customer, "can you transfer money to my savings account")]
    [TestCase(Speaker.Customer, "i need to reset my password")]
    [TestCase(Speaker.Customer, "i don't think that's fixed")]
    [TestCase(Speaker.Customer, "let me know if that worked")]
    [TestCase(Speaker.Agent, "please hold while i pull up your account")]
    [TestCase(Speaker.Agent, "is it working now")]
    [TestCase(Speaker.Agent, "thanks for calling have a great day")]
    [TestCase(Speaker.Agent, "it's not all set yet")]
    [TestCase(Speaker.Agent, "i don't need to transfer you")]
    [TestCase(Speaker.Agent, "we won't need to escalate this")]
    [TestCase(Speaker.Agent, "you've been very helpful")]
    [TestCase(Speaker.Customer, "i've reversed the charge")]
    public void Match_OrdinaryOrNegatedPhrase_NoHit(Speaker speaker, string text)
    {
        Assert.That(Match(speaker, text).Select(h => $"{h.RuleId}: '{h.Text}'"), Is.Empty);
    }

    [Test]
    public void Detect_ResolvedClosing_Resolved()
    {
        var result = Default.Value.Detect(
        [
            Turn(Speaker.Customer, "i was charged twice for the same order"),
            Turn(Speaker.Agent, "I've reversed the duplicate charge, you'll see a credit within a couple of days."),
            Turn(Speaker.Customer, "Perfect, thanks."),
            Turn(Speaker.Agent, "Is there anything else I can help you with today?"),
            Turn(Speaker.Customer, "No, you've been very helpful."),
            Turn(Speaker.Agent, "Thanks for calling, have a great day."),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Resolved), Describe(result));
            Assert.That(result.UnresolvedScore, Is.Zero);
            Assert.That(result.Evidence.Select(e => e.RuleId), Is.EquivalentTo(new[]
            {
                "resolved.agent_completed", "resolved.customer_thanks_great", "resolved.customer_helpful",
            }));
        }
    }

    [TestCase("I've scheduled a callback for you, someone from the team will call you within 3 business days.", "So I have to wait again? Fine.")]
    [TestCase("I'm escalating this to my supervisor, they'll reach out to you directly.", "That's what the last person said.")]
    [TestCase("Unfortunately I can't fix that from here today. You'll need to call us back.", "Alright, thanks for trying.")]
    [TestCase("I'll connect you with billing, please stay on the line.", "Okay, fine.")]
    public void Detect_UnresolvedClosing_Unresolved(string agent, string customer)
    {
        var result = Default.Value.Detect(
        [
            Turn(Speaker.Customer, "my internet has been down since monday"),
            Turn(Speaker.Agent, agent),
            Turn(Speaker.Customer, customer),
            Turn(Speaker.Agent, "Thanks for your patience. Goodbye."),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unresolved), Describe(result));
            Assert.That(result.ResolvedScore, Is.Zero);
        }
    }

    [Test]
    public void Detect_ThanksThenTransferAtTheEnd_Unresolved()
    {
        var result = Default.Value.Detect(
        [
            Turn(Speaker.Customer, "okay that worked, perfect, thank you"),
            Turn(Speaker.Customer, "oh and one more thing, my bill looks wrong"),
            Turn(Speaker.Agent, "billing handles that, let me transfer you"),
        ]);

        Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unresolved), Describe(result));
    }

    [Test]
    public void Detect_CustomerSaysItIsNotFixed_Unresolved()
    {
        var result = Default.Value.Detect(
        [
            Turn(Speaker.Agent, "okay try restarting it now"),
            Turn(Speaker.Customer, "no it's not fixed"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unresolved), Describe(result));
            Assert.That(result.ResolvedScore, Is.Zero);
        }
    }

    [Test]
    public void LoadRules_RootCauseRuleFile_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"resolution-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, DefaultResources.ReadText(DefaultResources.RootCauseRulesFileName));
        try
        {
            var error = Assert.Throws<ClassifierSetupException>(() => ResolutionDetectorFactory.LoadRules(path));

            Assert.That(error!.Message, Does.Contain(path).And.Contain("unknown root cause"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LoadRules_MissingFile_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        Assert.Throws<ClassifierSetupException>(() => ResolutionDetectorFactory.LoadRules(path));
    }

    [Test]
    public void Create_OptionOutOfRange_Fails()
    {
        Assert.Throws<ClassifierSetupException>(() => ResolutionDetectorFactory.Create(options: new ResolutionOptions { ClosingTurns = 0 }));
    }

    private static Turn Turn(Speaker speaker, string text) => new(speaker, null, null, text);

    private static List<PhraseRuleHit> Match(Speaker speaker, string text)
    {
        var hits = new List<PhraseRuleHit>();
        Rules.Match([new Turn(speaker, null, null, text)], hits);
        return hits;
    }

    private static string Describe(List<PhraseRuleHit> hits) => string.Join("; ", hits.Select(h => $"{h.RuleId}: '{h.Text}'"));

    private static string Describe(ResolutionResult result) =>
        $"resolved {result.ResolvedScore:0.###}, unresolved {result.UnresolvedScore:0.###}: "
        + string.Join("; ", result.Evidence.Select(e => $"#{e.TurnIndex} {e.RuleId} '{e.Text}' {e.Contribution:0.###}"));
}
