using Microsoft.ML.Data;

namespace InteractionAnalytics.Classification.Training;

/// <summary>The row ML.NET trains on and scores: our featurizer's normalised sparse vector, a label and a weight.</summary>
internal sealed class HashedFeatureRow
{
    /// <summary>The class label.</summary>
    public string Label { get; set; } = "";

    /// <summary>The L2-normalised hashed feature vector; its length is set by the schema at run time.</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>The example weight.</summary>
    public float Weight { get; set; } = 1f;
}
