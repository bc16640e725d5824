namespace InteractionAnalytics.Azure;

/// <summary>The document-level confidence scores Azure returned for one document.</summary>
/// <param name="Id">The document <c>id</c> echoed by Azure.</param>
/// <param name="Positive">confidenceScores.positive, 0 to 1.</param>
/// <param name="Negative">confidenceScores.negative, 0 to 1.</param>
internal readonly record struct DocumentScore(string Id, double Positive, double Negative)
{
    /// <summary>positive − negative clamped to [-1, 1]: the scale of <c>ISentimentAnalyzer</c>, 0 when neutral dominates.</summary>
    public double Score => Math.Clamp(Positive - Negative, -1.0, 1.0);
}
