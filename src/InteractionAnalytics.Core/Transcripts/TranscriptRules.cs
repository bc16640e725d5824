namespace InteractionAnalytics.Core.Transcripts;

/// <summary>The consistency rules a parsed transcript must meet before it is stored.</summary>
public static class TranscriptRules
{
    /// <summary>The longest accepted single turn, in characters (about 30 minutes of fast speech).</summary>
    public const int MaxTurnLength = 100_000;

    /// <summary>Returns the reasons <paramref name="transcript"/> cannot be stored; empty when it is valid.</summary>
    public static IReadOnlyList<string> Check(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var problems = new List<string>();
        if (transcript.Turns.Count == 0)
        {
            problems.Add("transcript has no turns");
        }

        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var number = i + 1;
            if (turn.StartSeconds is { } start && (double.IsNaN(start) || start < 0))
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
