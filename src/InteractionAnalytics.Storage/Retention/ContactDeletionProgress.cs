namespace InteractionAnalytics.Storage.Retention;

/// <summary>Reported after each committed batch (or, on a dry run, each counted batch).</summary>
/// <param name="Batch">The batch just done, from 1.</param>
/// <param name="Contacts">Contacts deleted (or counted) so far, this batch included.</param>
/// <param name="CustomersRelinked">Customers whose remaining contacts were re-linked so far (0 on a dry run).</param>
public sealed record ContactDeletionProgress(int Batch, long Contacts, long CustomersRelinked);
