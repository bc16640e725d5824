namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>One test case: the customer's turns (one for an utterance, several for a conversation) and the expected label.</summary>
/// <param name="CustomerTurns">The customer's turns in order.</param>
/// <param name="Expected">The expected label.</param>
public sealed record EvaluationItem(IReadOnlyList<string> CustomerTurns, string Expected);
