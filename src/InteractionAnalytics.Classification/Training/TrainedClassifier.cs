using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Training;

/// <summary>Both calibrated models from <see cref="ClassifierTrainer"/>, with the metadata written into the model file.</summary>
/// <param name="Intent">The intent model, temperature fitted.</param>
/// <param name="RootCause">The root-cause model, temperature fitted.</param>
/// <param name="Metadata">How they were trained; no timestamps, so retraining gives the same file.</param>
public sealed record TrainedClassifier(LinearClassifierModel Intent, LinearClassifierModel RootCause, IReadOnlyDictionary<string, string> Metadata);
