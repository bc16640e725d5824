using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Classification.Scoring;

/// <summary>
/// A multiclass linear model over hashed text features: score(c) = w_c · x + b_c on the L2-normalised feature vector
/// x, probabilities = softmax(score / temperature). This is exactly the model family of ML.NET's maximum-entropy
/// trainers (SdcaMaximumEntropy, LbfgsMaximumEntropy), whose weights and biases are copied here after training, so the
/// runtime needs no ML.NET. Immutable and thread-safe; score through a <see cref="TextScorer"/> per thread.
/// </summary>
public sealed class LinearClassifierModel
{
    private readonly string[] _labels;

    /// <summary>Creates a model.</summary>
    /// <param name="labels">Class labels, in score order; distinct and non-empty.</param>
    /// <param name="featurizer">The featurizer options the model was trained with.</param>
    /// <param name="weights">Weights by bucket then class: weight of bucket f for class c at [f * classes + c].</param>
    /// <param name="biases">One bias per class.</param>
    /// <param name="temperature">Calibration temperature (&gt; 0); 1 leaves the trainer's probabilities unchanged.</param>
    /// <exception cref="ArgumentException">The arrays do not match the labels and bucket count.</exception>
    public LinearClassifierModel(
        IReadOnlyList<string> labels, FeaturizerOptions featurizer, float[] weights, float[] biases, float temperature = 1f)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        featurizer.Validate();
        if (labels.Count < 2)
        {
            throw new ArgumentException("A classifier needs at least two labels.", nameof(labels));
        }

        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count || labels.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Labels must be distinct and non-empty.", nameof(labels));
        }

        if (weights.Length != (long)featurizer.BucketCount * labels.Count)
        {
            throw new ArgumentException(
                $"Expected {featurizer.BucketCount} buckets x {labels.Count} classes weights, got {weights.Length}.", nameof(weights));
        }

        if (biases.Length != labels.Count)
        {
            throw new ArgumentException($"Expected {labels.Count} biases, got {biases.Length}.", nameof(biases));
        }

        if (!(temperature > 0f) || float.IsInfinity(temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be positive and finite.");
        }

        _labels = [.. labels];
        Featurizer = featurizer;
        Weights = weights;
        Biases = biases;
        Temperature = temperature;
    }

    /// <summary>Class labels in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Number of classes.</summary>
    public int ClassCount => _labels.Length;

    /// <summary>The featurizer options the model was trained with.</summary>
    public FeaturizerOptions Featurizer { get; }

    /// <summary>Calibration temperature applied to scores before the softmax (fitted on held-out data).</summary>
    public float Temperature { get; }

    /// <summary>Weights by bucket then class.</summary>
    internal float[] Weights { get; }

    /// <summary>One bias per class.</summary>
    internal float[] Biases { get; }

    /// <summary>The index of <paramref name="label"/>, or -1.</summary>
    public int IndexOf(string label) => Array.IndexOf(_labels, label);

    /// <summary>The weights of one bucket, one per class.</summary>
    public ReadOnlySpan<float> WeightsOf(int bucket) => Weights.AsSpan(bucket * ClassCount, ClassCount);

    /// <summary>The biases, one per class.</summary>
    public ReadOnlySpan<float> BiasSpan => Biases;

    /// <summary>The same model with another calibration temperature.</summary>
    public LinearClassifierModel WithTemperature(float temperature) => new(_labels, Featurizer, Weights, Biases, temperature);
}
