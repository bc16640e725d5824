namespace InteractionAnalytics.Classification.Baseline;

/// <summary>The output row of the ML.NET baseline: the probability of each label, in the model's label order.</summary>
public sealed class BaselinePrediction
{
    /// <summary>Probabilities, one per label.</summary>
    public float[] Score { get; set; } = [];
}
