namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>How a conversation's turns are combined into one intent and one root cause (docs/classification.md).</summary>
public sealed record ConversationScoringOptions
{
    /// <summary>Customer turns, from the start, that can state the contact reason; default 6.</summary>
    public int IntentTurns { get; init; } = 6;

    /// <summary>
    /// Weight of the k-th of those turns relative to the first is <c>IntentDecay^k</c>; default 0.6, so the reason the
    /// customer gives first counts most, and later turns (answers, follow-up questions) count less.
    /// </summary>
    public double IntentDecay { get; init; } = 0.6;

    /// <summary>Customer turns read by the root-cause model, from the start; default 200 (bounds the work on huge transcripts).</summary>
    public int RootCauseTurns { get; init; } = 200;

    /// <summary>
    /// Lowest log-odds the root-cause model can give a failure owner that a phrase rule named; default −2 (m = 0.12). The model was trained on
    /// weak labels that never name the agent and rarely the IVR, so its log-odds for them are very negative on every
    /// call; without a floor no rule could ever outweigh it. With it, one strong rule (weight ≥ 2) is enough to name an
    /// owner when the model is silent, and a weak one needs company.
    /// </summary>
    public double ModelFloor { get; init; } = -2.0;

    /// <summary>Multiplier of the root-cause model's log-odds in the combined score; default 1.</summary>
    public double ModelWeight { get; init; } = 1.0;

    /// <summary>Most log-odds phrase rules can add to one root cause; default 6 (so rules never make a label certain).</summary>
    public double RuleCap { get; init; } = 6.0;

    /// <summary>Model evidence phrases reported per label; default 3.</summary>
    public int EvidencePhrases { get; init; } = 3;

    /// <summary>Longest model evidence phrase, in words; default 5.</summary>
    public int MaxPhraseWords { get; init; } = 5;
}
