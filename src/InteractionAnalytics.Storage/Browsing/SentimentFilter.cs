namespace InteractionAnalytics.Storage.Browsing;

/// <summary>
/// A filter on the customer's sentiment (<c>conversation_measures</c>, VADER compound scores in [−1, 1]) with the
/// conventional thresholds of docs/sentiment.md: ≤ −0.05 negative, ≥ 0.05 positive. A contact whose score is null (no
/// customer turns measured) never matches.
/// </summary>
public enum SentimentFilter
{
    /// <summary>The customer's end score (<c>customer_sentiment_end</c>) is ≤ −0.05.</summary>
    NegativeEnd,

    /// <summary>The customer's end score is strictly between −0.05 and 0.05.</summary>
    NeutralEnd,

    /// <summary>The customer's end score is ≥ 0.05.</summary>
    PositiveEnd,

    /// <summary>The change (end − start, <c>customer_sentiment_change</c>) is ≥ 0.05.</summary>
    Improved,

    /// <summary>The change is ≤ −0.05.</summary>
    Worsened,
}
