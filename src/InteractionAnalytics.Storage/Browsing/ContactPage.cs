namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One page of a contact list.</summary>
/// <param name="Items">The contacts of the page, in the query's order (empty past the last page).</param>
/// <param name="Total">How many contacts match the query on all pages.</param>
/// <param name="Page">The 1-based page shown.</param>
/// <param name="PageSize">Contacts per page.</param>
public sealed record ContactPage(IReadOnlyList<ContactListItem> Items, long Total, int Page, int PageSize)
{
    /// <summary>How many pages the matching contacts fill (at least 1).</summary>
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}
