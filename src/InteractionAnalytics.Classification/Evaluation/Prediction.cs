namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>One evaluated example: the true label, the predicted label and the confidence given to the prediction (0..1).</summary>
public readonly record struct Prediction(string Expected, string Predicted, double Confidence);
