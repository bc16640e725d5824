using System.Numerics;
using System.Runtime.InteropServices;
using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Classification.Scoring;

/// <summary>
/// Scores texts with a <see cref="LinearClassifierModel"/>. Owns reusable buffers, so scoring allocates nothing once
/// warm; not thread-safe: create one per thread (they are cheap next to the shared model).
/// </summary>
public sealed class TextScorer
{
    private readonly LinearClassifierModel _model;
    private readonly TextFeaturizer _featurizer;
    private readonly FeatureVectorBuilder _vector;

    /// <summary>Creates a scorer for <paramref name="model"/>.</summary>
    public TextScorer(LinearClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _featurizer = new TextFeaturizer(model.Featurizer);
        _vector = new FeatureVectorBuilder(model.Featurizer.BucketCount);
    }

    /// <summary>The model scored.</summary>
    public LinearClassifierModel Model => _model;

    /// <summary>The featurizer of the model's options.</summary>
    public TextFeaturizer Featurizer => _featurizer;

    /// <summary>
    /// Writes the class probabilities of <paramref name="text"/> (summing to 1, in <see cref="LinearClassifierModel.Labels"/>
    /// order) into <paramref name="probabilities"/> and returns the index of the most probable class. With
    /// <paramref name="calibrated"/> false the temperature is ignored: the trainer's own probabilities, which is what the
    /// parity test compares with ML.NET.
    /// </summary>
    public int Score(ReadOnlySpan<char> text, Span<float> probabilities, bool calibrated = true)
    {
        Logits(text, probabilities);
        return Softmax(probabilities, calibrated ? _model.Temperature : 1f);
    }

    /// <summary>Writes the raw scores w_c · x + b_c (before the softmax) into <paramref name="logits"/>.</summary>
    public void Logits(ReadOnlySpan<char> text, Span<float> logits)
    {
        var classes = _model.ClassCount;
        if (logits.Length < classes)
        {
            throw new ArgumentException($"Need room for {classes} scores.", nameof(logits));
        }

        logits = logits[..classes];
        _vector.Reset();
        var sink = new VectorBuilderSink(_vector);
        _featurizer.Featurize(text, ref sink);

        logits.Clear();
        var norm = _vector.Norm();
        if (norm > 0f)
        {
            var scale = 1f / norm;
            var weights = _model.Weights;
            foreach (var bucket in _vector.Indices)
            {
                AddScaled(logits, weights.AsSpan(bucket * classes, classes), _vector[bucket] * scale);
            }
        }

        var biases = _model.BiasSpan;
        for (var c = 0; c < classes; c++)
        {
            logits[c] += biases[c];
        }
    }

    /// <summary>In place: scores to probabilities at <paramref name="temperature"/>; returns the arg max.</summary>
    public static int Softmax(Span<float> scores, float temperature)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var max = scores[best];
        var sum = 0d;
        for (var c = 0; c < scores.Length; c++)
        {
            var e = Math.Exp((scores[c] - max) / temperature);
            scores[c] = (float)e;
            sum += e;
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = (float)(scores[c] / sum);
        }

        return best;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> row, float scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var targetVectors = MemoryMarshal.Cast<float, Vector<float>>(target);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);
            var s = new Vector<float>(scale);
            for (var v = 0; v < rowVectors.Length; v++)
            {
                targetVectors[v] += rowVectors[v] * s;
            }

            i = rowVectors.Length * Vector<float>.Count;
        }

        for (; i < row.Length; i++)
        {
            target[i] += row[i] * scale;
        }
    }
}
