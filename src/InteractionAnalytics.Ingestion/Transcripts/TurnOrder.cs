using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>Puts turns in the order spoken.</summary>
internal static class TurnOrder
{
    /// <summary>
    /// Sorts <paramref name="turns"/> by start, stably (turns starting together keep their file order); turns without a
    /// start sort first. Already-ordered lists, the usual case, are returned as they are.
    /// </summary>
    public static List<LabelledTurn> ByStart(List<LabelledTurn> turns)
    {
        for (var i = 1; i < turns.Count; i++)
        {
            if (Key(turns[i]) < Key(turns[i - 1]))
            {
                // OrderBy is a stable sort; List.Sort is not.
                return [.. turns.OrderBy(Key)];
            }
        }

        return turns;
    }

    private static double Key(LabelledTurn turn) => turn.StartSeconds ?? double.NegativeInfinity;
}
