using System.Globalization;

namespace InteractionAnalytics.Core.Transcripts;

/// <summary>The consistency rules a parsed transcript must meet before it is stored.</summary>
public static class TranscriptRules
{
    /// <summary>The longest accepted single turn, in characters (about 30 minutes of fast speech).</summary>
    public const int MaxTurnLength = 100_000;

    /// <summary>
    /// How far a turn may start before the previous timed turn and still count as in order, in seconds: 0.001 (1 ms,
    /// rounding of millisecond and tick times). Turns may overlap (talk-over), but their starts must not go backwards.
    /// </summary>
    public const double BackwardsToleranceSeconds = 0.001;

    /// <summary>
    /// Returns the reasons <paramref name="transcript"/> cannot be stored; empty when it is valid. Checked: at least one
    /// turn; starts finite and not negative; no end before its start; no turn longer than <see cref="MaxTurnLength"/> or with a
    /// NUL character;
    /// starts that never go backwards (each timed turn starts no earlier than the previous timed turn, within
    /// <see cref="BackwardsToleranceSeconds"/>).
    /// </summary>
    public static IReadOnlyList<string> Check(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var problems = new List<string>();
        if (transcript.Turns.Count == 0)
        {
            problems.Add("transcript has no turns");
        }

        double? previousStart = null;
        var previousNumber = 0;
        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var number = i + 1;
            if (turn.StartSeconds is { } current && double.IsFinite(current) && current >= 0)
            {
                if (previousStart is { } before && current < before - BackwardsToleranceSeconds)
                {
                    problems.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"times go backwards: turn {number} starts at {current:0.###} s, before turn {previousNumber} at {before:0.###} s"));
                }

                previousStart = current;
                previousNumber = number;
            }

            if (turn.StartSeconds is { } start && (!double.IsFinite(start) || start < 0))
            {
                problems.Add($"turn {number}: start {start} is negative or not a number");
            }

            if (turn.StartSeconds is { } s && turn.EndSeconds is { } e && e < s)
            {
                problems.Add($"turn {number}: end {e} is before start {s}");
            }

            if (turn.Text.Length > MaxTurnLength)
            {
                problems.Add($"turn {number}: {turn.Text.Length} characters; at most {MaxTurnLength} are allowed");
            }

            if (turn.Text.Contains('\0', StringComparison.Ordinal))
            {
                // A JSON "\u0000" escape: not speech, and text with NUL characters breaks tools downstream.
                problems.Add($"turn {number}: text contains a NUL character");
            }

            if (problems.Count >= 5)
            {
                // A transcript broken everywhere needs one clear message, not thousands.
                problems.Add("further problems not listed");
                break;
            }
        }

        return problems;
    }
}
