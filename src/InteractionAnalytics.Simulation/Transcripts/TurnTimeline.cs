using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Gives utterances start and end times that fill a call's talk time exactly, with each hold as a gap of its length.
/// Times are seconds from the start of the recording (when the agent answered), in steps of a tenth of a second; no
/// turn ends after talk + hold seconds.
/// </summary>
internal static class TurnTimeline
{
    /// <summary>Speaking rates, in words per second, that turn a phrase's length into its natural duration.</summary>
    public const double AgentWordsPerSecond = 2.7;

    /// <inheritdoc cref="AgentWordsPerSecond"/>
    public const double CustomerWordsPerSecond = 2.5;

    /// <summary>How much slower than natural speech a turn may be stretched to fill a long call (1.6 ×).</summary>
    public const double MaxStretch = 1.6;

    /// <summary>Lays out <paramref name="utterances"/> over <paramref name="talkSeconds"/> of talk plus their holds.</summary>
    public static Turn[] Allocate(IReadOnlyList<Utterance> utterances, int talkSeconds, Random random)
    {
        var count = utterances.Count;
        var speech = new long[count];
        var gaps = new long[count];
        var holds = 0L;
        var natural = 0L;
        for (var i = 0; i < count; i++)
        {
            // All arithmetic is in whole tenths of a second so the layout adds up exactly.
            speech[i] = Math.Max(6, (long)Math.Round(Words(utterances[i].Text) / Rate(utterances[i].Speaker) * 10));
            gaps[i] = i < count - 1 ? random.Next(3, 13) : 0;
            natural += speech[i] + gaps[i];
            holds += utterances[i].HoldAfterSeconds * 10L;
        }

        var budget = talkSeconds * 10L;
        if (natural > budget)
        {
            // A short call with many words: everyone talked fast.
            for (var i = 0; i < count; i++)
            {
                speech[i] = Math.Max(1, speech[i] * budget / natural);
                gaps[i] = gaps[i] * budget / natural;
            }
        }
        else
        {
            // A long call: speech slows a little, and the rest is silence between turns (typing, looking things up),
            // spread with random weights so that some pauses are long and most are short.
            var stretch = Math.Min(MaxStretch, (double)budget / natural);
            var used = 0L;
            for (var i = 0; i < count; i++)
            {
                speech[i] = (long)(speech[i] * stretch);
                gaps[i] = (long)(gaps[i] * stretch);
                used += speech[i] + gaps[i];
            }

            Spread(gaps, budget - used, random);
        }

        var turns = new Turn[count];
        var end = budget + holds;
        var clock = 0L;
        for (var i = 0; i < count; i++)
        {
            var start = Math.Min(clock, end);
            var stop = Math.Min(start + speech[i], end);
            turns[i] = new Turn(utterances[i].Speaker, start / 10.0, stop / 10.0, utterances[i].Text);
            clock = stop + gaps[i] + (utterances[i].HoldAfterSeconds * 10L);
        }

        return turns;
    }

    private static void Spread(long[] gaps, long slack, Random random)
    {
        var slots = gaps.Length - 1;
        if (slots <= 0 || slack <= 0)
        {
            return;
        }

        var weights = new double[slots];
        var total = 0.0;
        for (var i = 0; i < slots; i++)
        {
            weights[i] = random.NextDouble() + 0.2;
            total += weights[i];
        }

        for (var i = 0; i < slots; i++)
        {
            gaps[i] += (long)Math.Floor(slack * weights[i] / total);
        }
    }

    private static int Words(string text)
    {
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static double Rate(Speaker speaker) => speaker switch
    {
        Speaker.Agent => AgentWordsPerSecond,
        Speaker.Customer => CustomerWordsPerSecond,
        // Recorded prompts and platform notices are slow and deliberate.
        _ => 2.0,
    };
}
