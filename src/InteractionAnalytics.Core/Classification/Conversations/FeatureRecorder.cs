using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>A sink that keeps every feature occurrence with its token and span, for evidence. Reused between turns.</summary>
internal sealed class FeatureRecorder
{
    public List<RecordedFeature> Features { get; } = [];

    public readonly struct Sink(FeatureRecorder recorder) : IFeatureSink
    {
        public void Add(int bucket, float value, int token, int start, int endExclusive) =>
            recorder.Features.Add(new RecordedFeature(bucket, value, token, start, endExclusive));
    }
}
