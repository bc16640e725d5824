namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// Combines the intent probabilities of a conversation's first customer turns into one intent (docs/classification.md):
/// turn k weighs <c>decay^k</c>; a turn's <c>_no_reason</c> probability is taken out, so greetings and answers do not
/// vote; P(intent) = P(at least one turn states a reason) × Σ_k decay^k p_k(intent) / Σ_k decay^k (1 − p_k(no reason)).
/// Shared by the runtime scorer and the evaluation, so the ML.NET baseline is aggregated the same way.
/// </summary>
public static class IntentAggregation
{
    /// <summary>
    /// Returns the index of the winning intent (never <paramref name="noReasonIndex"/>) and its confidence in [0, 1], or
    /// (-1, 0) when no turn states a reason at all.
    /// </summary>
    /// <param name="turns">Per-turn probability vectors, in conversation order.</param>
    /// <param name="noReasonIndex">Index of the no-reason class, or -1 when the model has none.</param>
    /// <param name="decay">Weight ratio of consecutive turns, in (0, 1].</param>
    /// <param name="totals">Scratch of at least the class count; overwritten.</param>
    public static (int Best, double Confidence) Combine(IReadOnlyList<float[]> turns, int noReasonIndex, double decay, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (turns.Count == 0)
        {
            return (-1, 0);
        }

        var classes = turns[0].Length;
        totals = totals[..classes];
        totals.Clear();
        var noReasonAll = 1d;
        var reasonMass = 0d;
        var weight = 1d;
        foreach (var p in turns)
        {
            var noReason = noReasonIndex >= 0 ? p[noReasonIndex] : 0f;
            noReasonAll *= noReason;
            reasonMass += weight * (1 - noReason);
            for (var c = 0; c < classes; c++)
            {
                if (c != noReasonIndex)
                {
                    totals[c] += weight * p[c];
                }
            }

            weight *= decay;
        }

        if (reasonMass <= 1e-9)
        {
            return (-1, 0);
        }

        var best = noReasonIndex == 0 ? 1 : 0;
        for (var c = 0; c < classes; c++)
        {
            if (c != noReasonIndex && totals[c] > totals[best])
            {
                best = c;
            }
        }

        return (best, Math.Clamp(totals[best] / reasonMass * (1 - noReasonAll), 0, 1));
    }
}
