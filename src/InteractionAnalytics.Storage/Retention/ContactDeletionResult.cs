namespace InteractionAnalytics.Storage.Retention;

/// <summary>What a deletion removed (or, on a dry run, would remove).</summary>
/// <param name="DryRun">Nothing was changed; the counts are what a real run would remove now.</param>
/// <param name="Contacts">Contacts removed.</param>
/// <param name="Tables">Rows removed per table, every table the deletion touches, in deletion order (children first), <c>contacts</c> last.</param>
/// <param name="Batches">Transactions committed (or batches counted).</param>
/// <param name="CustomersRelinked">Customers whose remaining contacts' repeat outcomes and chains were re-linked (0 on a dry run).</param>
/// <param name="OutcomesRelinked">Remaining contacts whose outcome was recomputed (0 on a dry run).</param>
/// <param name="AuditId">The <c>audit_log</c> entry recording the deletion; <see langword="null"/> on a dry run.</param>
public sealed record ContactDeletionResult(
    bool DryRun, long Contacts, IReadOnlyList<DeletedRows> Tables, int Batches, long CustomersRelinked, long OutcomesRelinked, long? AuditId)
{
    /// <summary>Rows removed from <paramref name="table"/>; 0 for a table the deletion does not touch.</summary>
    public long RowsOf(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}
