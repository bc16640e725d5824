using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Privacy;

/// <summary>
/// Redacts every turn of a transcript, and card numbers one speaker reads across two of their turns (with at most one
/// turn of someone else between, such as the agent's "okay"), which no single turn shows whole.
/// </summary>
public static class TranscriptRedaction
{
    /// <summary>Redacts <paramref name="transcript"/>; returns the same instance when nothing was replaced.</summary>
    public static (LabelledTranscript Transcript, RedactionCounts Counts) Redact(LabelledTranscript transcript, PiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(redactor);
        if (!redactor.Options.IsEnabled)
        {
            return (transcript, RedactionCounts.None);
        }

        var counts = RedactionCounts.None;
        var texts = new string[transcript.Turns.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = redactor.Redact(transcript.Turns[i].Text, ref counts)!;
        }

        if (redactor.Options.Redacts(PiiKind.Card))
        {
            counts = counts with { Cards = counts.Cards + JoinCardsAcrossTurns(transcript.Turns, texts) };
        }

        if (counts.Total == 0)
        {
            return (transcript, counts);
        }

        var turns = new LabelledTurn[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            turns[i] = transcript.Turns[i] with { Text = texts[i] };
        }

        return (transcript with { Turns = turns }, counts);
    }

    /// <summary>Replaces the two halves of each card split over a speaker's two turns; returns how many cards.</summary>
    private static int JoinCardsAcrossTurns(IReadOnlyList<LabelledTurn> turns, string[] texts)
    {
        var cards = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var j = NextTurnOfSameSpeaker(turns, i);
            if (j < 0)
            {
                continue;
            }

            var first = texts[i];
            if (!MayJoinIntoACard(first, texts[j]))
            {
                continue;
            }

            var joined = first + "\n" + texts[j];
            foreach (var finding in PiiRedactor.Find(joined))
            {
                if (finding.Kind == PiiKind.Card && finding.Start < first.Length && finding.End > first.Length + 1)
                {
                    texts[i] = first[..finding.Start] + PiiPlaceholders.Card;
                    texts[j] = PiiPlaceholders.Card + texts[j][(finding.End - first.Length - 1)..];
                    cards++;
                    break;
                }
            }
        }

        return cards;
    }

    /// <summary>The last digit run of one turn and the first of the next hold enough digits together for a card.</summary>
    private static bool MayJoinIntoACard(string first, string second)
    {
        var tail = DigitRuns.Find(first);
        if (tail.Count == 0)
        {
            return false;
        }

        var head = DigitRuns.Find(second);
        return head.Count > 0 && DigitRuns.DigitsOf(tail[^1], 0, tail[^1].Count).Length + DigitRuns.DigitsOf(head[0], 0, head[0].Count).Length >= PaymentCards.MinDigits;
    }

    private static int NextTurnOfSameSpeaker(IReadOnlyList<LabelledTurn> turns, int i)
    {
        for (var j = i + 1; j < turns.Count && j <= i + 2; j++)
        {
            if (string.Equals(turns[j].SpeakerLabel, turns[i].SpeakerLabel, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }
}
