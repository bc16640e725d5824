using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Speakers;

[Parallelizable(ParallelScope.All)]
public sealed class SpeakerRoleAssignerTests
{
    private const double Tolerance = 1e-9;

    // Hand-made cues with round weights, so every confidence below is 1 / (1 + e^(−1.5·margin)) of a margin counted by hand.
    private const string CuesJson = """
        {
          "version": 1,
          "rules": [
            { "id": "agent.greet", "root_cause": "agent", "pattern": "thanks for calling", "weight": 2.0, "examples": ["thanks for calling"] },
            { "id": "agent.verify", "root_cause": "agent", "pattern": "confirm your", "weight": 1.0, "examples": ["confirm your name"] },
            { "id": "customer.reason", "root_cause": "customer", "pattern": "calling about", "weight": 1.0, "examples": ["calling about"] },
            { "id": "ivr.press", "root_cause": "ivr", "pattern": "press (?:one|two)", "weight": 1.5, "examples": ["press one"] }
          ]
        }
        """;

    private static readonly SpeakerRoleAssigner Assigner = new(SpeakerRoleAssigner.ParseCues(CuesJson));

    private static double Logistic(double margin) => 1.0 / (1.0 + Math.Exp(-1.5 * margin));

    [Test]
    public void Assign_GreetingAndReason_AgentAndCustomerWithMarginConfidence()
    {
        // spk_1: greet 2 + verify 1 = 3 agent; 8 words vs 5, so + 0.5 talk share: net 3.5.
        // spk_0: reason 1 customer: net −1. Margin 4.5.
        var result = Assigner.Assign(Labelled(
            ("spk_0", "hi i am calling about"),
            ("spk_1", "thanks for calling can you confirm your name")));

        var agent = result.Assignments.Single(a => a.Label == "spk_1");
        var customer = result.Assignments.Single(a => a.Label == "spk_0");
        Assert.Multiple(() =>
        {
            Assert.That(agent.Role, Is.EqualTo(Speaker.Agent));
            Assert.That(customer.Role, Is.EqualTo(Speaker.Customer));
            Assert.That(agent.Method, Is.EqualTo(SpeakerRoleMethod.Inferred));
            Assert.That(agent.Confidence, Is.EqualTo(Logistic(4.5)).Within(Tolerance));
            Assert.That(customer.Confidence, Is.EqualTo(Logistic(4.5)).Within(Tolerance));
            Assert.That(result.Confidence, Is.EqualTo(Logistic(4.5)).Within(Tolerance));
            Assert.That(result.NeedsReview, Is.False);
            Assert.That(result.Transcript.Turns.Select(t => t.Speaker), Is.EqualTo(new[] { Speaker.Customer, Speaker.Agent }));
            Assert.That(agent.Evidence, Does.Contain("agent.greet: \"thanks for calling\""));
            Assert.That(agent.Evidence, Has.Some.StartsWith("talk share: 0.62"));
            Assert.That(result.Assignments.Select(a => a.Label), Is.EqualTo(new[] { "spk_0", "spk_1" }), "labels in the order they first speak");
        });
    }

    [Test]
    public void Assign_NoCues_FirstSpeakerIsAgentOnlyOnTalkShareAndFlagged()
    {
        // ch_1 says more words (4 vs 2): 0.5 talk share makes it the agent; margin 0.5 → 0.68 < 0.8.
        var result = Assigner.Assign(Labelled(("ch_0", "hello there"), ("ch_1", "good morning to you")));

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("ch_1"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("ch_0"), Is.EqualTo(Speaker.Customer));
            Assert.That(result.Confidence, Is.EqualTo(Logistic(0.5)).Within(Tolerance));
            Assert.That(result.NeedsReview, Is.True);
            Assert.That(result.ReviewReason, Does.Contain("confidence 0.68 (below 0.80)"));
        });
    }

    [Test]
    public void Assign_NoCuesEqualWords_FirstToSpeakIsAgentAtHalfConfidence()
    {
        // Equal words: the first of the tied maxima gets the talk share (ch_0), margin 0.5.
        var tied = Assigner.Assign(Labelled(("ch_0", "hello there"), ("ch_1", "good morning")));
        Assert.Multiple(() =>
        {
            Assert.That(tied.RoleOf("ch_0"), Is.EqualTo(Speaker.Agent));
            Assert.That(tied.Confidence, Is.EqualTo(Logistic(0.5)).Within(Tolerance));
        });

        var noShare = new SpeakerRoleAssigner(SpeakerRoleAssigner.ParseCues(CuesJson), new SpeakerRoleOptions { TalkShareWeight = 0 });
        var coin = noShare.Assign(Labelled(("ch_0", "hello there"), ("ch_1", "good morning")));
        Assert.Multiple(() =>
        {
            Assert.That(coin.RoleOf("ch_0"), Is.EqualTo(Speaker.Agent), "ties go to whoever spoke first");
            Assert.That(coin.Confidence, Is.EqualTo(0.5).Within(Tolerance));
        });
    }

    [Test]
    public void Assign_ConfiguredMap_OverridesInferenceWithFullConfidence()
    {
        var map = SpeakerRoleMap.Parse("ch_0=agent, ch_1=customer");
        var result = Assigner.Assign(Labelled(("ch_0", "i am calling about a bill"), ("ch_1", "thanks for calling")), map);

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("ch_0"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("ch_1"), Is.EqualTo(Speaker.Customer));
            Assert.That(result.Assignments.Select(a => a.Method), Is.All.EqualTo(SpeakerRoleMethod.Configured));
            Assert.That(result.Confidence, Is.EqualTo(1.0));
            Assert.That(result.NeedsReview, Is.False);
            Assert.That(result.Assignments.SelectMany(a => a.Evidence), Is.Empty);
        });
    }

    [Test]
    public void Assign_Correction_OverridesMapAndDeclaredRoles()
    {
        var transcript = Labelled(("AGENT", "thanks for calling"), ("CUSTOMER", "calling about my bill")) with
        {
            DeclaredRoles = new Dictionary<string, Speaker> { ["AGENT"] = Speaker.Agent, ["CUSTOMER"] = Speaker.Customer },
        };
        var corrections = new Dictionary<string, Speaker> { ["AGENT"] = Speaker.Customer, ["CUSTOMER"] = Speaker.Agent };

        var declared = Assigner.Assign(transcript);
        var corrected = Assigner.Assign(transcript, SpeakerRoleMap.Parse("AGENT=ivr"), corrections);

        Assert.Multiple(() =>
        {
            Assert.That(declared.Assignments.Select(a => a.Method), Is.All.EqualTo(SpeakerRoleMethod.Declared));
            Assert.That(declared.RoleOf("AGENT"), Is.EqualTo(Speaker.Agent));
            Assert.That(corrected.Assignments.Select(a => a.Method), Is.All.EqualTo(SpeakerRoleMethod.Corrected));
            Assert.That(corrected.RoleOf("AGENT"), Is.EqualTo(Speaker.Customer));
            Assert.That(corrected.RoleOf("CUSTOMER"), Is.EqualTo(Speaker.Agent));
        });
    }

    [Test]
    public void Assign_OneLabelConfigured_OtherSetAgainstIt()
    {
        // ch_0 is configured as agent; ch_1 is the bottom label, set as customer against it: margin 1 − n, n = −1 → 2.
        var result = Assigner.Assign(Labelled(("ch_0", "hello"), ("ch_1", "i am calling about my card")), SpeakerRoleMap.Parse("ch_0=agent"));
        var customer = result.Assignments.Single(a => a.Label == "ch_1");
        Assert.Multiple(() =>
        {
            Assert.That(customer.Role, Is.EqualTo(Speaker.Customer));
            Assert.That(customer.Method, Is.EqualTo(SpeakerRoleMethod.Inferred));
            Assert.That(customer.Confidence, Is.EqualTo(Logistic(2)).Within(Tolerance));
        });
    }

    [Test]
    public void Assign_IvrThenAgentThenCustomer_ThreeRoles()
    {
        // spk_0: press one + press two in one turn count once (1.5) and again in a second turn (1.5): 3 ≥ 2 → IVR.
        // Margin 3 − max(0, 0 + talk share 0.5: spk_0 has the most words) = 2.5.
        var result = Assigner.Assign(Labelled(
            ("spk_0", "for sales press one for billing press two"),
            ("spk_0", "to repeat press one"),
            ("spk_1", "thanks for calling"),
            ("spk_2", "yes i am calling about an invoice")));

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("spk_0"), Is.EqualTo(Speaker.Ivr));
            Assert.That(result.Assignments[0].Confidence, Is.EqualTo(Logistic(2.5)).Within(Tolerance));
            Assert.That(result.RoleOf("spk_1"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("spk_2"), Is.EqualTo(Speaker.Customer));
            Assert.That(result.Assignments[1].Confidence, Is.EqualTo(Logistic(3)).Within(Tolerance), "agent 2 vs customer −1");
        });
    }

    [Test]
    public void Assign_SecondAgentAfterTransfer_IsAnAgent()
    {
        // spk_0 net 2 (+0.5 talk share: 9 words, the most) = 2.5; spk_1 −1; spk_2 net 2 + 1 = 3 is top.
        // spk_2 top agent, spk_1 bottom customer; spk_0 has n = 2.5 ≥ 1 → agent with confidence logistic(|2.5 − 1|).
        var result = Assigner.Assign(Labelled(
            ("spk_0", "thanks for calling this is a b c d e"),
            ("spk_1", "calling about my bill"),
            ("spk_2", "thanks for calling confirm your name")));

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("spk_0"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("spk_1"), Is.EqualTo(Speaker.Customer));
            Assert.That(result.RoleOf("spk_2"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.Assignments[0].Confidence, Is.EqualTo(Logistic(1.5)).Within(Tolerance));
            Assert.That(result.Assignments[2].Confidence, Is.EqualTo(Logistic(3 - -1)).Within(Tolerance));
        });
    }

    [Test]
    public void Assign_SingleLabel_FlaggedAsNotSeparated()
    {
        var result = Assigner.Assign(Labelled(("spk_0", "thanks for calling"), ("spk_0", "i am calling about my bill")));
        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("spk_0"), Is.EqualTo(Speaker.Agent), "net 2 − 1 > 0");
            Assert.That(result.Confidence, Is.EqualTo(0.5));
            Assert.That(result.NeedsReview, Is.True);
            Assert.That(result.ReviewReason, Does.Contain("one speaker label (spk_0)"));
        });
    }

    [Test]
    public void Assign_NegatedCue_DoesNotCount()
    {
        // "not calling about" is negated by the default negation scope: spk_0 has no customer evidence.
        var cues = SpeakerRoleAssigner.ParseCues("""
            { "version": 1, "negation": { "cues": ["not"], "scope_breaks": ["and"], "window_words": 2 },
              "rules": [ { "id": "customer.reason", "root_cause": "customer", "pattern": "calling about", "weight": 1.0, "examples": ["calling about"] } ] }
            """);
        var assigner = new SpeakerRoleAssigner(cues, new SpeakerRoleOptions { TalkShareWeight = 0 });
        var result = assigner.Assign(Labelled(("spk_0", "hello"), ("spk_1", "i am not calling about that")));
        Assert.That(result.Confidence, Is.EqualTo(0.5).Within(Tolerance));
    }

    [Test]
    public void Constructor_RuleWithOtherLabel_Throws()
    {
        var cues = PhraseRuleSet.Parse("""
            { "version": 1, "rules": [ { "id": "x", "root_cause": "billing", "pattern": "bill", "weight": 1.0, "examples": ["bill"] } ] }
            """, ["billing"]);
        Assert.That(() => new SpeakerRoleAssigner(cues), Throws.ArgumentException.With.Message.Contains("'billing'"));
    }

    [Test]
    public void Options_OutOfRange_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new SpeakerRoleOptions { LowConfidence = 1.5 }.Validate(), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new SpeakerRoleOptions { Steepness = 0 }.Validate(), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new SpeakerRoleOptions { TalkShareWeight = -1 }.Validate(), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new SpeakerRoleOptions { IvrMinimum = double.NaN }.Validate(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static LabelledTranscript Labelled(params (string Label, string Text)[] turns) =>
        new("C-1", "en", [.. turns.Select((t, i) => new LabelledTurn(t.Label, i * 10.0, (i * 10.0) + 5, t.Text))]);
}
