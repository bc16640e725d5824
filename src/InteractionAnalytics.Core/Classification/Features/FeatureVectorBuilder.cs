namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>
/// Accumulates the features of one text into a sparse vector: a dense value per bucket plus the list of buckets
/// touched, so resetting costs the number of features rather than the number of buckets. Reused across texts;
/// after the first few texts it allocates nothing. Not thread-safe: one per thread.
/// </summary>
public sealed class FeatureVectorBuilder
{
    private readonly float[] _values;
    private readonly bool[] _isTouched;
    private int[] _touched = new int[256];
    private int _count;

    /// <summary>Creates a builder for vectors of <paramref name="bucketCount"/> dimensions.</summary>
    public FeatureVectorBuilder(int bucketCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketCount, 1);
        _values = new float[bucketCount];
        _isTouched = new bool[bucketCount];
    }

    /// <summary>Dimensions of the vector (the featurizer's bucket count).</summary>
    public int Dimensions => _values.Length;

    /// <summary>Number of distinct non-zero buckets.</summary>
    public int Count => _count;

    /// <summary>The distinct buckets touched, in first-touch order (call <see cref="SortIndices"/> for ascending).</summary>
    public ReadOnlySpan<int> Indices => _touched.AsSpan(0, _count);

    /// <summary>The value of a bucket (0 when untouched).</summary>
    public float this[int bucket] => _values[bucket];

    /// <summary>Clears the vector.</summary>
    public void Reset()
    {
        foreach (var bucket in Indices)
        {
            _values[bucket] = 0f;
            _isTouched[bucket] = false;
        }

        _count = 0;
    }

    /// <summary>Adds <paramref name="value"/> to <paramref name="bucket"/>.</summary>
    public void Add(int bucket, float value)
    {
        if (value == 0f)
        {
            return;
        }

        // A separate flag, not "value is 0": values of opposite sign can cancel and a bucket must still be listed once.
        if (!_isTouched[bucket])
        {
            _isTouched[bucket] = true;
            if (_count == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_count++] = bucket;
        }

        _values[bucket] += value;
    }

    /// <summary>The Euclidean norm of the vector; 0 for an empty vector.</summary>
    public float Norm()
    {
        var sum = 0d;
        foreach (var bucket in Indices)
        {
            var v = (double)_values[bucket];
            sum += v * v;
        }

        return (float)Math.Sqrt(sum);
    }

    /// <summary>Sorts <see cref="Indices"/> ascending, as ML.NET's sparse vectors require.</summary>
    public void SortIndices() => _touched.AsSpan(0, _count).Sort();

    /// <summary>
    /// Copies the L2-normalised vector into <paramref name="indices"/> and <paramref name="values"/> (ascending
    /// indices), the exact form ML.NET trains on. Each span must hold <see cref="Count"/> items.
    /// </summary>
    public void CopyNormalised(Span<int> indices, Span<float> values)
    {
        SortIndices();
        var norm = Norm();
        var scale = norm > 0f ? 1f / norm : 0f;
        var touched = Indices;
        for (var i = 0; i < touched.Length; i++)
        {
            indices[i] = touched[i];
            values[i] = _values[touched[i]] * scale;
        }
    }
}
