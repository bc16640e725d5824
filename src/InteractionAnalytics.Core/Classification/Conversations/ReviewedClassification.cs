namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>A classification and whether a supervisor should review it.</summary>
/// <param name="Classification">The model's classification.</param>
/// <param name="NeedsReview">Whether the contact goes to the review queue (for any reason).</param>
/// <param name="ReviewReason">
/// Why, when it does: every reason, separated by "; " (e.g. "intent confidence 0.41 below 0.50; rules say billing, model
/// says none").
/// </param>
public sealed record ReviewedClassification(ContactClassification Classification, bool NeedsReview, string? ReviewReason)
{
    /// <summary>
    /// Whether a label's confidence is below the review threshold. Defaults to <see cref="NeedsReview"/>: low confidence
    /// was the only reason before rule/model disagreement was flagged.
    /// </summary>
    public bool LowConfidence { get; init; } = NeedsReview;

    /// <summary>
    /// Whether the contact is flagged because the phrase rules and the model alone point to different root causes
    /// (<see cref="ContactClassification.RulesDisagree"/>, when the policy flags it). Default <see langword="false"/>.
    /// </summary>
    public bool RulesDisagreementFlagged { get; init; }
}
