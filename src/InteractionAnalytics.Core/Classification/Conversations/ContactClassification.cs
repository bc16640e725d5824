namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>A contact's intent and root cause with calibrated confidences and the evidence behind them.</summary>
/// <param name="Intent">Why the customer called: a taxonomy intent id.</param>
/// <param name="IntentConfidence">Estimated probability that <paramref name="Intent"/> is right, in [0, 1].</param>
/// <param name="RootCause">Who or what owns the failure: a taxonomy root-cause id.</param>
/// <param name="RootCauseConfidence">Estimated probability that <paramref name="RootCause"/> is right, in [0, 1].</param>
/// <param name="Evidence">Phrases behind both labels, strongest first within each kind.</param>
/// <param name="ModelVersion">Version of the model file that produced this.</param>
public sealed record ContactClassification(
    string Intent,
    double IntentConfidence,
    string RootCause,
    double RootCauseConfidence,
    IReadOnlyList<ClassificationEvidence> Evidence,
    string ModelVersion)
{
    /// <summary>
    /// The failure owner the model alone names: its strongest owner whose log-odds against "no failure" are above 0,
    /// without the phrase rules; <see langword="null"/> when it names none (or for a classification stored before this
    /// was recorded).
    /// </summary>
    public string? ModelRootCause { get; init; }

    /// <summary>
    /// The root cause the phrase rules alone point to (the owner whose distinct fired rules' weights sum highest);
    /// <see langword="null"/> when no rule fired.
    /// </summary>
    public string? RuleRootCause { get; init; }

    /// <summary>
    /// Whether the phrase rules and the model disagree: rules fired for an owner, and either the model alone names another
    /// failure owner, or the final <see cref="RootCause"/> is not the rules' owner (the model outweighed them). A model
    /// that names no owner while rules do is not a disagreement: that is how causes the model rarely learns (agent, IVR)
    /// are found.
    /// </summary>
    public bool RulesDisagree =>
        RuleRootCause is not null
        && ((ModelRootCause is not null && ModelRootCause != RuleRootCause) || RootCause != RuleRootCause);
}
