namespace InteractionAnalytics.Storage.Qa;

/// <summary>One evaluation in a list.</summary>
/// <param name="EvaluationId">Its key.</param>
/// <param name="CallId">The evaluated contact.</param>
/// <param name="AgentId">The contact's agent when it started.</param>
/// <param name="FormTitle">The form as "id vversion", e.g. <c>default v1</c> (from the snapshot).</param>
/// <param name="Status">draft or submitted.</param>
/// <param name="Score">Final score 0..1; <see langword="null"/> for drafts and all-N/A evaluations.</param>
/// <param name="CriticalFailed">A critical question was answered "no".</param>
/// <param name="Evaluator">Who started it.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record QaEvaluationSummary(
    long EvaluationId, string CallId, string? AgentId, string FormTitle, string Status, double? Score, bool CriticalFailed, string Evaluator,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt);
