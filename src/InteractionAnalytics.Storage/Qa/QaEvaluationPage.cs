namespace InteractionAnalytics.Storage.Qa;

/// <summary>One page of evaluations, newest first.</summary>
/// <param name="Items">The page's evaluations.</param>
/// <param name="Total">How many match on all pages.</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="PageSize">Evaluations per page.</param>
public sealed record QaEvaluationPage(IReadOnlyList<QaEvaluationSummary> Items, long Total, int Page, int PageSize)
{
    /// <summary>How many pages the list fills (at least 1).</summary>
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}
