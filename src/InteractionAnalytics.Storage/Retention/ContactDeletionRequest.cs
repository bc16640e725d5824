namespace InteractionAnalytics.Storage.Retention;

/// <summary>A deletion to run: which contacts, who asks, when, why, and whether only to count.</summary>
/// <param name="Selector">Which contacts.</param>
/// <param name="By">Who deletes, for the audit log: a web user's name, or <c>cli:&lt;os user&gt;</c>.</param>
/// <param name="At">When, for the audit log.</param>
/// <param name="Reason">Why (e.g. a privacy request's ticket), kept in the audit entry; <see langword="null"/> for none.
/// It is the caller's text: it must not hold the deleted person's data.</param>
/// <param name="DryRun">Count what would be deleted and change nothing (no audit entry either).</param>
public sealed record ContactDeletionRequest(ContactSelector Selector, string By, DateTimeOffset At, string? Reason = null, bool DryRun = false)
{
    /// <summary>The default <see cref="BatchSize"/>: 1,000 contacts per transaction.</summary>
    public const int DefaultBatchSize = 1_000;

    /// <summary>Contacts deleted per transaction (1..10,000): a purge of millions never holds one giant transaction or every id in memory.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;
}
