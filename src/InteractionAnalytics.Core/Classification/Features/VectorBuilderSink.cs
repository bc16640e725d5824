namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>A feature sink that sums feature values per bucket into a <see cref="FeatureVectorBuilder"/>.</summary>
public readonly struct VectorBuilderSink : IFeatureSink
{
    private readonly FeatureVectorBuilder _builder;

    /// <summary>Creates a sink writing into <paramref name="builder"/>.</summary>
    public VectorBuilderSink(FeatureVectorBuilder builder) => _builder = builder;

    /// <inheritdoc/>
    public void Add(int bucket, float value, int token, int start, int endExclusive) => _builder.Add(bucket, value);
}
