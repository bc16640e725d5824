using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Tests.Classification.Features;

/// <summary>One feature occurrence as the featurizer reported it.</summary>
internal readonly record struct FeatureOccurrence(int Bucket, float Value, int Token, int Start, int End);

/// <summary>A feature sink that keeps every occurrence, in emission order.</summary>
internal readonly struct RecordingSink : IFeatureSink
{
    public RecordingSink() => Features = [];

    public List<FeatureOccurrence> Features { get; }

    public void Add(int bucket, float value, int token, int start, int endExclusive) =>
        Features.Add(new FeatureOccurrence(bucket, value, token, start, endExclusive));
}

/// <summary>Helpers that featurize a text into a list of occurrences.</summary>
internal static class Recording
{
    /// <summary>Featurizes <paramref name="text"/>; returns the token count and every occurrence.</summary>
    public static (int Tokens, List<FeatureOccurrence> Features) Record(TextFeaturizer featurizer, string text)
    {
        var sink = new RecordingSink();
        var tokens = featurizer.Featurize(text, ref sink);
        return (tokens, sink.Features);
    }

    /// <summary>The (bucket, value) pairs of <paramref name="text"/>, sorted: a multiset that ignores spans.</summary>
    public static List<(int Bucket, float Value)> Multiset(TextFeaturizer featurizer, string text) =>
        [.. Record(featurizer, text).Features.Select(f => (f.Bucket, f.Value)).Order()];

    /// <summary>The bucket of the word unigram of a single word, with features reduced to word unigrams.</summary>
    public static int WordBucket(FeaturizerOptions options, string word)
    {
        var unigramsOnly = options with { WordBigrams = false, CharNgramMin = 0 };
        var (tokens, features) = Record(new TextFeaturizer(unigramsOnly), word);
        if (tokens != 1 || features.Count != 1)
        {
            throw new ArgumentException($"'{word}' is not a single word token.", nameof(word));
        }

        return features[0].Bucket;
    }
}
