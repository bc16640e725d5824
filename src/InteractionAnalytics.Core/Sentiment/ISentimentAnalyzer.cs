namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// Scores the sentiment of texts (one conversation turn each). The default is the local lexicon scorer; Azure AI
/// Language is an optional alternative behind the same interface. Implementations are thread-safe.
/// </summary>
public interface ISentimentAnalyzer
{
    /// <summary>A short stable name stored next to every score, e.g. <c>vader-local</c> or <c>azure-language</c>.</summary>
    string Name { get; }

    /// <summary>
    /// One score per text, in input order, each in [-1, 1]: -1 most negative, 0 neutral (also for an empty text), 1 most
    /// positive.
    /// </summary>
    Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
