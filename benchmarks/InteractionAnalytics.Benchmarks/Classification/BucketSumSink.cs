using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Benchmarks.Classification;

/// <summary>A feature sink that only sums bucket numbers, so the featurizer's work cannot be optimised away.</summary>
public struct BucketSumSink : IFeatureSink
{
    /// <summary>The sum of every bucket reported.</summary>
    public long Sum { get; private set; }

    /// <inheritdoc/>
    public void Add(int bucket, float value, int token, int start, int endExclusive) => Sum += bucket;
}
