using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Privacy;

public sealed class TranscriptRedactionTests
{
    private static LabelledTranscript Transcript(params (string Label, string Text)[] turns) =>
        new("C1", "en", [.. turns.Select((t, i) => new LabelledTurn(t.Label, i, i + 1, t.Text))])
        {
            DeclaredRoles = new Dictionary<string, Speaker>(StringComparer.Ordinal) { ["spk_0"] = Speaker.Agent },
        };

    [Test]
    public void Redact_CardInOneTurn_TurnRedactedTimesAndRolesKept()
    {
        var transcript = Transcript(("spk_0", "what's the card?"), ("spk_1", "4111 1111 1111 1111"));

        var (redacted, counts) = TranscriptRedaction.Redact(transcript, PiiRedactor.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted.Turns.Select(t => t.Text), Is.EqualTo(new[] { "what's the card?", "[CARD]" }));
            Assert.That(redacted.Turns[1].StartSeconds, Is.EqualTo(1));
            Assert.That(redacted.DeclaredRoles, Is.SameAs(transcript.DeclaredRoles));
            Assert.That(counts.Cards, Is.EqualTo(1));
        }
    }

    [Test]
    public void Redact_CardSplitOverTwoTurnsOfOneSpeakerAroundAnAcknowledgement_BothHalvesRedactedCountedOnce()
    {
        var transcript = Transcript(
            ("spk_1", "it's four one one one, one one one one"),
            ("spk_0", "mm-hmm"),
            ("spk_1", "one one one one, one one one one, and that's it"));

        var (redacted, counts) = TranscriptRedaction.Redact(transcript, PiiRedactor.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted.Turns.Select(t => t.Text), Is.EqualTo(new[] { "it's [CARD]", "mm-hmm", "[CARD], and that's it" }));
            Assert.That(counts.Cards, Is.EqualTo(1));
        }
    }

    [Test]
    public void Redact_DigitsOfTwoSpeakers_NotJoined()
    {
        // The agent's eight digits and the customer's eight are no one's card: only one speaker's turns are joined.
        var transcript = Transcript(("spk_0", "four one one one, one one one one"), ("spk_1", "one one one one, one one one one"));

        var (redacted, counts) = TranscriptRedaction.Redact(transcript, PiiRedactor.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted, Is.SameAs(transcript));
            Assert.That(counts.Total, Is.Zero);
        }
    }

    [Test]
    public void Redact_Disabled_SameInstance()
    {
        var transcript = Transcript(("spk_1", "4111 1111 1111 1111"));

        Assert.That(TranscriptRedaction.Redact(transcript, new PiiRedactor(RedactionOptions.None)).Transcript, Is.SameAs(transcript));
    }
}
