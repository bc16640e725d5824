namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>Our model's and the baseline's results on one test set (the baseline's is null when it was not run).</summary>
/// <param name="Set">The test set's name.</param>
/// <param name="Ours">Our result.</param>
/// <param name="Baseline">The ML.NET baseline's result.</param>
public sealed record ComparedResult(string Set, EvaluationResult Ours, EvaluationResult? Baseline);
