namespace InteractionAnalytics.Storage.Browsing;

/// <summary>A contact's stored sentiment (<c>conversation_measures</c>, docs/sentiment.md), as its page shows it.</summary>
/// <param name="TurnScores">One score in -1..1 per transcript turn, in turn order.</param>
/// <param name="CustomerStart">The customer's sentiment at the start; <see langword="null"/> when the customer says nothing.</param>
/// <param name="CustomerEnd">The customer's sentiment at the end.</param>
/// <param name="CustomerChange">End minus start.</param>
public sealed record ContactSentiment(IReadOnlyList<double> TurnScores, double? CustomerStart, double? CustomerEnd, double? CustomerChange);
