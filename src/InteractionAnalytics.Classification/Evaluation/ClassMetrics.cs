namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one class; each is <see langword="null"/> when its denominator is 0.</summary>
/// <param name="Label">The class.</param>
/// <param name="Support">Examples whose true label is this class.</param>
/// <param name="Predicted">Examples predicted as this class.</param>
/// <param name="Precision">Correct / predicted, 0..1.</param>
/// <param name="Recall">Correct / support, 0..1.</param>
/// <param name="F1">Harmonic mean of precision and recall, 0..1 (0 when both are 0).</param>
public sealed record ClassMetrics(string Label, int Support, int Predicted, double? Precision, double? Recall, double? F1);
