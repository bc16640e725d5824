namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>A named test set.</summary>
/// <param name="Name">E.g. <c>banking77 test</c>.</param>
/// <param name="Items">Its cases.</param>
public sealed record EvaluationSet(string Name, IReadOnlyList<EvaluationItem> Items);
