namespace InteractionAnalytics.Storage.Coaching;

/// <summary>One page of open coaching items.</summary>
/// <param name="Items">The items, oldest first.</param>
/// <param name="Total">Open items matching the query, on every page.</param>
/// <param name="Page">This page, 1-based.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record CoachingPage(IReadOnlyList<CoachingItem> Items, long Total, int Page, int PageSize)
{
    /// <summary>How many pages there are (at least 1).</summary>
    public int Pages => Total == 0 ? 1 : (int)((Total + PageSize - 1) / PageSize);
}
