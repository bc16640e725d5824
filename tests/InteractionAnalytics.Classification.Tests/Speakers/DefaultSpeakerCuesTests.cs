using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Classification.Tests.Speakers;

[Parallelizable(ParallelScope.All)]
public sealed class DefaultSpeakerCuesTests
{
    private static readonly Lazy<SpeakerRoleAssigner> Default = new(() => SpeakerRoleAssignerFactory.Create());

    [Test]
    public void LoadCues_Default_EveryRuleLabelledAndEveryExampleHits()
    {
        // Parsing checks every rule's examples hit; this also pins the labels.
        var cues = SpeakerRoleAssignerFactory.LoadCues();
        Assert.Multiple(() =>
        {
            Assert.That(cues.Rules, Has.Count.GreaterThanOrEqualTo(10));
            Assert.That(cues.Rules.Select(r => r.RootCause).Distinct(), Is.EquivalentTo(SpeakerCueLabels.All));
            Assert.That(cues.Rules.Where(r => r.Speakers is not null), Is.Empty, "cues apply to labels, not to roles");
        });
    }

    [Test]
    public void Assign_TypicalInboundCall_CustomerFirstStillFound()
    {
        // The customer's label speaks first (the recording started at the customer's "hello").
        var result = Default.Value.Assign(Labelled(
            ("ch_1", "hello?"),
            ("ch_0", "Thank you for calling Acme Bank, my name is Sam, how can I help you today?"),
            ("ch_1", "Hi, I'm calling about my bill, I was charged twice this month."),
            ("ch_0", "I'm sorry to hear that. Can you please confirm your date of birth?"),
            ("ch_1", "Sure, it's the third of May."),
            ("ch_0", "Let me look into that for you. Is there anything else I can help you with?")));

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("ch_0"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("ch_1"), Is.EqualTo(Speaker.Customer));
            Assert.That(result.NeedsReview, Is.False);
            Assert.That(result.Confidence, Is.GreaterThan(0.99));
        });
    }

    [Test]
    public void Assign_IvrPromptsBeforeTheAgent_IvrAgentCustomer()
    {
        var result = Default.Value.Assign(Labelled(
            ("spk_0", "Thank you for calling Acme. This call may be recorded for quality purposes. For billing, press two."),
            ("spk_0", "Please enter your account number followed by the pound key."),
            ("spk_1", "Thanks for holding, you're speaking with Lee, how may I help?"),
            ("spk_2", "Yeah I want to cancel my subscription.")));

        Assert.Multiple(() =>
        {
            Assert.That(result.RoleOf("spk_0"), Is.EqualTo(Speaker.Ivr));
            Assert.That(result.RoleOf("spk_1"), Is.EqualTo(Speaker.Agent));
            Assert.That(result.RoleOf("spk_2"), Is.EqualTo(Speaker.Customer));
        });
    }

    [Test]
    public void Assign_SmallTalkOnly_FlaggedForReview()
    {
        var result = Default.Value.Assign(Labelled(("spk_0", "okay"), ("spk_1", "yes that's right"), ("spk_0", "alright")));
        Assert.Multiple(() =>
        {
            Assert.That(result.NeedsReview, Is.True);
            Assert.That(result.ReviewReason, Does.StartWith("speaker roles inferred with confidence"));
        });
    }

    private static LabelledTranscript Labelled(params (string Label, string Text)[] turns) =>
        new("C-1", "en", [.. turns.Select((t, i) => new LabelledTurn(t.Label, i * 5.0, (i * 5.0) + 4, t.Text))]);
}
