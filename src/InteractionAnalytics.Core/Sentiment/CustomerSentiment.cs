namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// How the customer's sentiment went during one conversation, as computed by <see cref="ConversationSentiment.Compute"/>.
/// Every score is in [-1, 1] (the unit of <see cref="ISentimentAnalyzer"/>: -1 most negative, 0 neutral, 1 most
/// positive) and is the plain mean of customer-turn scores, each turn weighted equally whatever its length. A score is
/// <see langword="null"/> when no customer turn falls where it is measured, never 0 in its place. See docs/sentiment.md.
/// </summary>
public sealed record CustomerSentiment
{
    /// <summary>
    /// Mean score of the customer turns in the first quarter of the conversation, in [-1, 1];
    /// <see langword="null"/> when the customer did not speak in that quarter.
    /// </summary>
    public required double? StartScore { get; init; }

    /// <summary>
    /// Mean score of the customer turns in the last quarter of the conversation, in [-1, 1];
    /// <see langword="null"/> when the customer did not speak in that quarter.
    /// </summary>
    public required double? EndScore { get; init; }

    /// <summary>
    /// <see cref="EndScore"/> − <see cref="StartScore"/>, in [-2, 2]: positive when the customer ended happier than they
    /// started. <see langword="null"/> when either is <see langword="null"/>, which is always the case with a single
    /// customer turn, because a turn belongs to exactly one quarter.
    /// </summary>
    public double? Change => EndScore - StartScore;

    /// <summary>Mean score of all customer turns, in [-1, 1]; <see langword="null"/> when the customer has no turn.</summary>
    public required double? MeanScore { get; init; }

    /// <summary>Customer turns scored: every turn whose speaker is the customer, including empty ones (which score 0).</summary>
    public required int ScoredTurns { get; init; }

    /// <summary>Customer turns in the first quarter, the ones <see cref="StartScore"/> averages; 0 when it is <see langword="null"/>.</summary>
    public required int StartTurns { get; init; }

    /// <summary>Customer turns in the last quarter, the ones <see cref="EndScore"/> averages; 0 when it is <see langword="null"/>.</summary>
    public required int EndTurns { get; init; }

    /// <summary>
    /// <see langword="true"/> when the quarters were measured in time (every turn had start and end times and the
    /// conversation lasted longer than 0 s); <see langword="false"/> when they were measured in turn positions.
    /// </summary>
    public required bool QuartersByTime { get; init; }
}
