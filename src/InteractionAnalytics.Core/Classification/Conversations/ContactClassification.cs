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
    string ModelVersion);
