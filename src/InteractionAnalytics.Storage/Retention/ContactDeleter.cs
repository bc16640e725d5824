using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage.Retention;

/// <summary>
/// Deletes contacts and everything derived from them (docs/retention.md): transcripts and turns, speaker roles, classifications,
/// outcomes, measures, recordings' measures, corrections, QA evaluations and answers, coaching items and notes, the audit
/// entries about the contact, its evaluations and its coaching items, and the rejects keyed by its call id. Every table is
/// deleted from explicitly, children first (the foreign keys' cascades are only a backstop), in one transaction per batch of
/// contacts, which also re-links the remaining contacts of the batch's customers. The deletion itself is audited without
/// the deleted identifiers. Plain standard SQL with Dapper parameters, so it runs on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ContactDeleter
{
    /// <summary>Keys per <c>IN</c> list when checking or paging by given keys; far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int KeysPerQuery = 1_000;

    // The rows derived from the batch's contacts (@CallIds), per table, children before parents so counts are exact and no
    // foreign key is violated. The audit entries go first: finding an evaluation's or coaching item's entries needs its row.
    private static readonly (string Table, string Where)[] Steps =
    [
        ("audit_log", """
            (entity = @ContactEntity AND entity_key IN @CallIds)
            OR (entity = @EvaluationEntity AND entity_key IN (SELECT CAST(evaluation_id AS TEXT) FROM qa_evaluations WHERE call_id IN @CallIds))
            OR (entity = @CoachingEntity AND entity_key IN (SELECT CAST(item_id AS TEXT) FROM coaching_items WHERE call_id IN @CallIds))
            """),
        ("coaching_notes", "item_id IN (SELECT item_id FROM coaching_items WHERE call_id IN @CallIds)"),
        ("coaching_items", "call_id IN @CallIds"),
        ("qa_answers", "evaluation_id IN (SELECT evaluation_id FROM qa_evaluations WHERE call_id IN @CallIds)"),
        ("qa_evaluations", "call_id IN @CallIds"),
        ("classification_corrections", "call_id IN @CallIds"),
        ("speaker_role_corrections", "call_id IN @CallIds"),
        ("speaker_roles", "call_id IN @CallIds"),
        ("transcript_turns", "call_id IN @CallIds"),
        ("transcripts", "call_id IN @CallIds"),
        ("contact_classifications", "call_id IN @CallIds"),
        ("contact_outcomes", "call_id IN @CallIds"),
        ("conversation_measures", "call_id IN @CallIds"),
        ("audio_measures", "call_id IN @CallIds"),
        ("rejects", "record_key IN @CallIds"),
        ("contacts", "call_id IN @CallIds"),
    ];

    private readonly DbDataSource _dataSource;

    internal ContactDeleter(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>The tables a deletion removes rows from, in deletion order.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. Steps.Select(s => s.Table)];

    /// <summary>
    /// The call ids or customer keys of <paramref name="selector"/> that match no stored contact, in the order given; empty for
    /// a purge. Callers check this first so that a mistyped key is an error rather than a silent no-op.
    /// </summary>
    public async Task<IReadOnlyList<string>> FindUnknownAsync(ContactSelector selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Kind == ContactSelectorKind.StartedBefore)
        {
            return [];
        }

        var sql = selector.Kind == ContactSelectorKind.Calls
            ? "SELECT call_id FROM contacts WHERE call_id IN @Keys"
            : "SELECT DISTINCT customer_id FROM contacts WHERE customer_id IN @Keys";
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var chunk in selector.Keys.Chunk(KeysPerQuery))
        {
            found.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(sql, new { Keys = chunk }, cancellationToken: cancellationToken)));
        }

        return [.. selector.Keys.Where(k => !found.Contains(k))];
    }

    /// <summary>
    /// Deletes the contacts <paramref name="request"/> selects and everything derived from them, a batch per transaction;
    /// re-links the remaining contacts of each batch's customers in the same transaction; then appends one audit entry
    /// (<see cref="AuditActions.DeleteContacts"/> or <see cref="AuditActions.PurgeContacts"/>) holding the selector's kind, the
    /// number of keys and the counts, never the keys. A purge also deletes the rejects of ingest runs started before the
    /// cut-off. On a dry run nothing changes and the counts are what would be deleted now.
    /// </summary>
    /// <remarks>
    /// Interrupted, the committed batches stay deleted (each is whole: a contact is never half deleted) and no audit entry is
    /// written; running the same deletion again finishes it and audits what that run deleted.
    /// </remarks>
    public async Task<ContactDeletionResult> DeleteAsync(
        ContactDeletionRequest request, IProgress<ContactDeletionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.By);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.BatchSize, 10_000);

        var selector = request.Selector;
        var counts = Steps.ToDictionary(s => s.Table, _ => 0L, StringComparer.Ordinal);
        var batches = 0;
        long contacts = 0, customersRelinked = 0, outcomesRelinked = 0;

        // Given keys are paged a chunk at a time (the list came from a person, but may be long); a purge has one open-ended chunk.
        IReadOnlyList<string[]?> chunks = selector.Kind == ContactSelectorKind.StartedBefore
            ? new string[]?[] { null }
            : [.. selector.Keys.Chunk(KeysPerQuery)];
        foreach (var keys in chunks)
        {
            var after = string.Empty;
            while (true)
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var batch = (await connection.QueryAsync<(string CallId, string? CustomerId)>(new CommandDefinition(
                    SelectBatchSql(selector.Kind),
                    new { Keys = keys, Cutoff = CutoffText(selector), After = after, Limit = request.BatchSize },
                    transaction,
                    cancellationToken: cancellationToken))).ToList();
                if (batch.Count == 0)
                {
                    break;
                }

                var args = BatchArgs([.. batch.Select(c => c.CallId)]);
                if (request.DryRun)
                {
                    foreach (var (table, where) in Steps)
                    {
                        counts[table] += await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                            $"SELECT COUNT(*) FROM {table} WHERE {where}", args, transaction, cancellationToken: cancellationToken));
                    }
                }
                else
                {
                    var settings = await RepeatLinkWriter.ReadLatestSettingsAsync(connection, transaction, cancellationToken);
                    foreach (var (table, where) in Steps)
                    {
                        counts[table] += await connection.ExecuteAsync(new CommandDefinition(
                            $"DELETE FROM {table} WHERE {where}", args, transaction, cancellationToken: cancellationToken));
                    }

                    // The customers' remaining contacts: a deleted contact in a chain changes its neighbours' outcomes.
                    var customers = await RemainingCustomersAsync(connection, transaction, batch, cancellationToken);
                    if (settings is not null && customers.Count > 0)
                    {
                        outcomesRelinked += await RepeatLinkWriter.RelinkCustomersAsync(connection, transaction, settings, customers, cancellationToken);
                        customersRelinked += customers.Count;
                    }

                    await transaction.CommitAsync(cancellationToken);
                }

                batches++;
                contacts += batch.Count;
                after = batch[^1].CallId;
                progress?.Report(new ContactDeletionProgress(batches, contacts, customersRelinked));
            }
        }

        if (selector.Kind == ContactSelectorKind.StartedBefore)
        {
            counts["rejects"] += await DeleteOldRejectsAsync(selector.StartedBefore!.Value, request.BatchSize, request.DryRun, cancellationToken);
        }

        var tables = Steps.Select(s => new DeletedRows(s.Table, counts[s.Table])).ToList();
        long? auditId = null;
        if (!request.DryRun)
        {
            auditId = await AuditAsync(request, tables, batches, customersRelinked, cancellationToken);
        }

        return new ContactDeletionResult(request.DryRun, contacts, tables, batches, customersRelinked, outcomesRelinked, auditId);
    }

    private static string SelectBatchSql(ContactSelectorKind kind)
    {
        // Keyset paging by call id: each batch starts after the last one, so a dry run (which deletes nothing) still advances
        // and a purge never reads every id at once.
        var filter = kind switch
        {
            ContactSelectorKind.Calls => "call_id IN @Keys",
            ContactSelectorKind.Customers => "customer_id IN @Keys",
            _ => "started_at_utc < @Cutoff",
        };
        return $"SELECT call_id AS CallId, customer_id AS CustomerId FROM contacts WHERE {filter} AND call_id > @After ORDER BY call_id LIMIT @Limit";
    }

    private static string? CutoffText(ContactSelector selector) =>
        selector.StartedBefore is { } cutoff ? StorageFormat.UtcTimestamp(cutoff) : null;

    private static object BatchArgs(string[] callIds) => new
    {
        CallIds = callIds,
        ContactEntity = AuditEntities.Contact,
        EvaluationEntity = AuditEntities.QaEvaluation,
        CoachingEntity = AuditEntities.CoachingItem,
    };

    private static async Task<IReadOnlyList<string>> RemainingCustomersAsync(
        DbConnection connection, DbTransaction transaction, List<(string CallId, string? CustomerId)> batch, CancellationToken cancellationToken)
    {
        var customers = batch.Select(c => c.CustomerId).OfType<string>().Where(c => c.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (customers.Length == 0)
        {
            return [];
        }

        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT customer_id FROM contacts WHERE customer_id IN @Customers", new { Customers = customers }, transaction, cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Deletes (or counts) the rejects of ingest runs started before <paramref name="cutoff"/>, a batch per transaction: their raw
    /// lines may hold the same personal data as the contacts, and a rejected record never became a contact to be purged with.
    /// </summary>
    private async Task<long> DeleteOldRejectsAsync(DateTimeOffset cutoff, int batchSize, bool dryRun, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);

        // Runs are one a night, so reading them all is small; comparing parsed instants does not depend on the stored offset.
        var runs = (await connection.QueryAsync<(long RunId, string StartedAt)>(new CommandDefinition(
                "SELECT run_id, started_at FROM ingest_runs", cancellationToken: cancellationToken)))
            .Where(r => StorageFormat.ParseTimestamp(r.StartedAt) < cutoff)
            .Select(r => r.RunId)
            .ToArray();
        long total = 0;
        foreach (var chunk in runs.Chunk(KeysPerQuery))
        {
            if (dryRun)
            {
                // Rejects keyed by a purged contact's call id were counted with its batch already.
                total += await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                    SELECT COUNT(*) FROM rejects WHERE run_id IN @Runs
                      AND (record_key IS NULL OR record_key NOT IN (SELECT call_id FROM contacts WHERE started_at_utc < @Cutoff))
                    """, new { Runs = chunk, Cutoff = StorageFormat.UtcTimestamp(cutoff) }, cancellationToken: cancellationToken));
                continue;
            }

            while (true)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var deleted = await connection.ExecuteAsync(new CommandDefinition("""
                    DELETE FROM rejects WHERE reject_id IN (
                        SELECT reject_id FROM rejects WHERE run_id IN @Runs ORDER BY reject_id LIMIT @Limit)
                    """, new { Runs = chunk, Limit = batchSize }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                total += deleted;
                if (deleted < batchSize)
                {
                    break;
                }
            }
        }

        return total;
    }

    private async Task<long> AuditAsync(
        ContactDeletionRequest request, IReadOnlyList<DeletedRows> tables, int batches, long customersRelinked, CancellationToken cancellationToken)
    {
        var selector = request.Selector;
        List<(string Name, string? Value)> after =
        [
            ("selector", selector.Kind switch
            {
                ContactSelectorKind.Calls => "calls",
                ContactSelectorKind.Customers => "customers",
                _ => "started_before",
            }),
        ];
        if (selector.StartedBefore is { } cutoff)
        {
            after.Add(("started_before", StorageFormat.UtcTimestamp(cutoff)));
        }
        else
        {
            after.Add(("keys", Number(selector.Keys.Count)));
        }

        after.AddRange(tables.Select(t => (t.Table, (string?)Number(t.Rows))));
        after.Add(("batches", Number(batches)));
        after.Add(("customers_relinked", Number(customersRelinked)));

        var action = selector.Kind == ContactSelectorKind.StartedBefore ? AuditActions.PurgeContacts : AuditActions.DeleteContacts;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await AuditLog.AppendAsync(connection, null, new AuditEntry(
            request.At, request.By, action, AuditEntities.Contacts, selector.AuditKey, null, AuditJson.Object([.. after]), request.Reason), cancellationToken);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
