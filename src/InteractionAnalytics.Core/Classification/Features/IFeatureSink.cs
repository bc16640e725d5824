namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>
/// Receives the features of a text from <see cref="TextFeaturizer"/>. Implemented by structs so the featurizer's
/// generic loop is specialised and inlined per sink, with no interface dispatch or boxing.
/// </summary>
public interface IFeatureSink
{
    /// <summary>
    /// One feature occurrence: <paramref name="bucket"/> in [0, bucket count) gains <paramref name="value"/>. The
    /// feature came from the token with index <paramref name="token"/> (0-based, after normalisation; a bigram reports
    /// its second word) whose source text is [<paramref name="start"/>, <paramref name="endExclusive"/>) in the input.
    /// </summary>
    void Add(int bucket, float value, int token, int start, int endExclusive);
}
