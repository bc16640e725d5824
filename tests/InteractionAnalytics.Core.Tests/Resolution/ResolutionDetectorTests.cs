using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Resolution;

[Parallelizable(ParallelScope.All)]
public sealed class ResolutionDetectorTests
{
    private const double Tolerance = 1e-9;

    // Small hand-made rules, so every score below can be computed by hand (weight × 0.8^distance from the last turn).
    private const string RulesJson = """
        {
          "version": 1,
          "rules": [
            { "id": "resolved.worked", "root_cause": "resolved", "pattern": "fixed|worked", "weight": 2.0, "speakers": ["customer"],
              "examples": ["that worked"] },
            { "id": "resolved.thanks", "root_cause": "resolved", "pattern": "thank you", "weight": 0.5, "speakers": ["customer"],
              "examples": ["thank you"] },
            { "id": "resolved.all_set", "root_cause": "resolved", "pattern": "all set", "weight": 1.5, "speakers": ["agent"],
              "examples": ["you're all set"] },
            { "id": "unresolved.transfer", "root_cause": "unresolved", "pattern": "transfer you", "weight": 2.5, "speakers": ["agent"],
              "examples": ["let me transfer you"] },
            { "id": "unresolved.callback", "root_cause": "unresolved", "pattern": "call you back", "weight": 2.0, "speakers": ["agent"],
              "examples": ["someone will call you back"] }
          ]
        }
        """;

    private static readonly PhraseRuleSet Rules = ResolutionDetector.ParseRules(RulesJson);

    private static readonly ResolutionDetector Detector = new(Rules);

    [Test]
    public void Detect_CustomerConfirmsAfterAgentDone_ResolvedWithEvidence()
    {
        var turns = new Turn[]
        {
            Agent("how can i help"),
            Customer("my card is blocked"),
            Agent("okay you're all set"),
            Customer("that worked thank you"),
        };

        var result = Detector.Detect(turns);

        // Last turn: "worked" 2.0 × 1 (the weaker "thank you" in the same turn does not count); turn 2: 1.5 × 0.8 = 1.2.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Resolved));
            Assert.That(result.ResolvedScore, Is.EqualTo(3.2).Within(Tolerance));
            Assert.That(result.UnresolvedScore, Is.Zero);
            Assert.That(result.Confidence, Is.EqualTo(1 / (1 + Math.Exp(-3.2))).Within(Tolerance));
            Assert.That(result.Confidence, Is.EqualTo(0.9608).Within(1e-4));
            Assert.That(result.FirstClosingTurn, Is.Zero);
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                new ResolutionEvidence(2, Speaker.Agent, "resolved.all_set", ResolutionOutcome.Resolved, 12, 19, "all set", 1.5, 0.8, Counted: true),
                new ResolutionEvidence(3, Speaker.Customer, "resolved.worked", ResolutionOutcome.Resolved, 5, 11, "worked", 2.0, 1.0, Counted: true),
                new ResolutionEvidence(3, Speaker.Customer, "resolved.thanks", ResolutionOutcome.Resolved, 12, 21, "thank you", 0.5, 1.0, Counted: false),
            }));
            Assert.That(result.Evidence.Select(e => e.Text), Is.EqualTo(result.Evidence.Select(e => turns[e.TurnIndex].Text[e.Start..e.End])));
            Assert.That(result.Evidence.Sum(e => e.Contribution), Is.EqualTo(result.ResolvedScore).Within(Tolerance));
        }
    }

    [Test]
    public void Detect_AgentPromisesCallback_Unresolved()
    {
        var result = Detector.Detect([Customer("it keeps failing"), Agent("someone will call you back tomorrow")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unresolved));
            Assert.That(result.UnresolvedScore, Is.EqualTo(2.0).Within(Tolerance));
            Assert.That(result.ResolvedScore, Is.Zero);
            Assert.That(result.Confidence, Is.EqualTo(1 / (1 + Math.Exp(-2.0))).Within(Tolerance));
            Assert.That(result.Evidence.Single().RuleId, Is.EqualTo("unresolved.callback"));
        }
    }

    [Test]
    public void Detect_NegatedConfirmation_IgnoredSoUnknown()
    {
        // "fixed" follows the cue "not": the hit is dropped, and nothing else is said.
        var result = Detector.Detect([Agent("try it now"), Customer("it's not fixed")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(result.ResolvedScore, Is.Zero);
            Assert.That(result.Evidence, Is.Empty);
            Assert.That(result.Confidence, Is.Zero);
        }
    }

    [Test]
    public void Detect_ResolvedEarlyButTransferAtTheEnd_Unresolved()
    {
        var result = Detector.Detect(
        [
            Customer("okay that worked"),
            Customer("one more thing my bill is wrong"),
            Agent("billing handles that let me transfer you"),
        ]);

        // Resolved 2.0 × 0.8² = 1.28; unresolved 2.5 × 1 = 2.5; confidence σ(2.5 − 1.28) = σ(1.22).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unresolved));
            Assert.That(result.ResolvedScore, Is.EqualTo(1.28).Within(Tolerance));
            Assert.That(result.UnresolvedScore, Is.EqualTo(2.5).Within(Tolerance));
            Assert.That(result.Confidence, Is.EqualTo(1 / (1 + Math.Exp(-1.22))).Within(Tolerance));
            Assert.That(result.Confidence, Is.EqualTo(0.7721).Within(1e-4));
        }
    }

    [Test]
    public void Detect_NoSignals_UnknownWithNoEvidence()
    {
        var result = Detector.Detect([Agent("hello"), Customer("hi i have a question"), Agent("sure go ahead")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(result.ResolvedScore, Is.Zero);
            Assert.That(result.UnresolvedScore, Is.Zero);
            Assert.That(result.Confidence, Is.Zero);
            Assert.That(result.Evidence, Is.Empty);
        }
    }

    [Test]
    public void Detect_NoTurns_Unknown()
    {
        var result = Detector.Detect([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(result.FirstClosingTurn, Is.Zero);
            Assert.That(result.Evidence, Is.Empty);
        }
    }

    [Test]
    public void Detect_WeakSignalBelowMinScore_UnknownButScored()
    {
        var result = Detector.Detect([Agent("goodbye"), Customer("thank you")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(result.ResolvedScore, Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(result.Confidence, Is.Zero);
        }
    }

    [Test]
    public void Detect_ScoreExactlyMinScore_Decides()
    {
        var detector = new ResolutionDetector(Rules, new ResolutionOptions { MinScore = 0.5 });

        Assert.That(detector.Detect([Customer("thank you")]).Outcome, Is.EqualTo(ResolutionOutcome.Resolved));
    }

    [Test]
    public void Detect_SameRuleTwiceInOneTurn_CountsOnce()
    {
        var detector = new ResolutionDetector(Rules, new ResolutionOptions { MinScore = 0.25 });

        var result = detector.Detect([Customer("thank you thank you")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ResolvedScore, Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(result.Evidence.Select(e => e.Counted), Is.EqualTo(new[] { true, false }));
        }
    }

    [Test]
    public void Detect_EqualScores_Unknown()
    {
        // Without decay both count in full: 2.0 resolved against 2.0 unresolved is a tie.
        var detector = new ResolutionDetector(Rules, new ResolutionOptions { Decay = 1 });

        var result = detector.Detect([Customer("that worked"), Agent("someone will call you back")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(result.ResolvedScore, Is.EqualTo(2.0));
            Assert.That(result.UnresolvedScore, Is.EqualTo(2.0));
            Assert.That(result.Confidence, Is.Zero);
        }
    }

    [Test]
    public void Detect_SignalBeforeTheClosingTurns_NotRead()
    {
        var turns = new List<Turn> { Customer("that worked") };
        for (var i = 0; i < 7; i++)
        {
            turns.Add(i % 2 == 0 ? Agent("anything else") : Customer("one more question"));
        }

        var byDefault = Detector.Detect(turns);
        var wider = new ResolutionDetector(Rules, new ResolutionOptions { ClosingTurns = 8 }).Detect(turns);
        var widerNoDecay = new ResolutionDetector(Rules, new ResolutionOptions { ClosingTurns = 8, Decay = 1 }).Detect(turns);

        // Read from turn 0, the hit is 7 turns from the end: 2.0 × 0.8⁷ ≈ 0.42, below 1; without decay 2.0.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byDefault.FirstClosingTurn, Is.EqualTo(2));
            Assert.That(byDefault.Evidence, Is.Empty);
            Assert.That(byDefault.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(wider.FirstClosingTurn, Is.Zero);
            Assert.That(wider.ResolvedScore, Is.EqualTo(2.0 * Math.Pow(0.8, 7)).Within(Tolerance));
            Assert.That(wider.Outcome, Is.EqualTo(ResolutionOutcome.Unknown));
            Assert.That(widerNoDecay.Outcome, Is.EqualTo(ResolutionOutcome.Resolved));
            Assert.That(widerNoDecay.Evidence.Single().TurnIndex, Is.Zero);
        }
    }

    [Test]
    public void Detect_RuleForAnotherSpeaker_NoHit()
    {
        // "transfer you" is an agent rule; the customer asking for it is no evidence.
        Assert.That(Detector.Detect([Customer("can you transfer you know my call")]).Evidence, Is.Empty);
    }

    [Test]
    public void Constructor_RootCauseRules_Throws()
    {
        var rootCauseRules = PhraseRuleSet.Parse(
            """{ "version": 1, "rules": [ { "id": "billing.twice", "root_cause": "billing", "pattern": "charged twice", "weight": 2 } ] }""",
            ["billing"]);

        var error = Assert.Throws<ArgumentException>(() => _ = new ResolutionDetector(rootCauseRules));

        Assert.That(error!.Message, Does.Contain("billing.twice"));
    }

    [Test]
    public void ParseRules_UnknownLabel_Throws()
    {
        var error = Assert.Throws<PhraseRuleFormatException>(() => ResolutionDetector.ParseRules(
            """{ "version": 1, "rules": [ { "id": "maybe.x", "root_cause": "maybe", "pattern": "perhaps", "weight": 1 } ] }"""));

        Assert.That(error!.Message, Does.Contain("resolved, unresolved"));
    }

    [Test]
    public void ParseRules_ExampleThatDoesNotHit_Throws()
    {
        var error = Assert.Throws<PhraseRuleFormatException>(() => ResolutionDetector.ParseRules(
            """{ "version": 1, "rules": [ { "id": "resolved.x", "root_cause": "resolved", "pattern": "all set", "weight": 1, "examples": ["all done"] } ] }"""));

        Assert.That(error!.RuleId, Is.EqualTo("resolved.x"));
    }

    [TestCase(0, 0.8, 1.0)]
    [TestCase(6, 0.0, 1.0)]
    [TestCase(6, 1.5, 1.0)]
    [TestCase(6, double.NaN, 1.0)]
    [TestCase(6, 0.8, 0.0)]
    [TestCase(6, 0.8, double.PositiveInfinity)]
    public void Constructor_OptionOutOfRange_Throws(int closingTurns, double decay, double minScore)
    {
        var options = new ResolutionOptions { ClosingTurns = closingTurns, Decay = decay, MinScore = minScore };

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ResolutionDetector(Rules, options));
    }

    [TestCase(ResolutionOutcome.Unknown, "unknown")]
    [TestCase(ResolutionOutcome.Resolved, "resolved")]
    [TestCase(ResolutionOutcome.Unresolved, "unresolved")]
    public void OutcomeNames_RoundTrip(ResolutionOutcome outcome, string name)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ResolutionOutcomeNames.ToName(outcome), Is.EqualTo(name));
            Assert.That(ResolutionOutcomeNames.Parse(name), Is.EqualTo(outcome));
        }
    }

    private static Turn Agent(string text) => new(Speaker.Agent, null, null, text);

    private static Turn Customer(string text) => new(Speaker.Customer, null, null, text);
}
