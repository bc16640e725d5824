namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One page of the review queue.</summary>
/// <param name="Items">The flagged contacts of the page, oldest contact first (empty past the last page).</param>
/// <param name="Total">How many contacts are in the queue on all pages.</param>
/// <param name="Page">The 1-based page shown.</param>
/// <param name="PageSize">Contacts per page.</param>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> Items, long Total, int Page, int PageSize)
{
    /// <summary>How many pages the queue fills (at least 1).</summary>
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The flag the queue is narrowed to; <see langword="null"/> for every flagged contact.</summary>
    public ReviewKind? Only { get; init; }

    /// <summary>How many contacts are in the whole queue (whatever <see cref="Only"/> is).</summary>
    public long AllFlagged { get; init; }

    /// <summary>How many contacts in the whole queue carry each flag (a contact with two flags counts under both).</summary>
    public IReadOnlyDictionary<ReviewKind, long> ByKind { get; init; } = new Dictionary<ReviewKind, long>();
}
