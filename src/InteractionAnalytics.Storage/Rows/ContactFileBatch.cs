using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Storage.Rows;

/// <summary>
/// The checks every batch of per-contact files (transcripts, recordings) passes before a file is written: its contact
/// must be stored, and no other file of this run may have been stored for the same contact already (earlier in the batch
/// or in an earlier batch). One query for the batch's contacts and one for the rows the files would replace.
/// </summary>
internal sealed class ContactFileBatch
{
    private readonly HashSet<string> _contacts;
    private readonly Dictionary<string, ExistingRow> _existing;
    private readonly Dictionary<string, string> _seenInBatch = new(StringComparer.Ordinal);

    private ContactFileBatch(HashSet<string> contacts, Dictionary<string, ExistingRow> existing)
    {
        _contacts = contacts;
        _existing = existing;
    }

    /// <summary>Loads what the checks need for <paramref name="callIds"/>.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="table">
    /// The table the files are stored in (<c>transcripts</c>, <c>audio_measures</c>): a constant of this assembly, never
    /// input, with columns call_id, content_hash, last_run_id and source_file.
    /// </param>
    /// <param name="callIds">The batch's call ids.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<ContactFileBatch> LoadAsync(
        DbConnection connection, DbTransaction transaction, string table, IEnumerable<string> callIds, CancellationToken cancellationToken)
    {
        var ids = callIds.Distinct(StringComparer.Ordinal).ToList();
        var contacts = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT call_id FROM contacts WHERE call_id IN @Ids", new { Ids = ids }, transaction, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        var existing = (await connection.QueryAsync<ExistingRow>(new CommandDefinition($"""
            SELECT call_id AS Key, content_hash AS ContentHash, last_run_id AS LastRunId, source_file AS SourceFile
            FROM {table} WHERE call_id IN @Ids
            """, new { Ids = ids }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        return new ContactFileBatch(contacts, existing);
    }

    /// <summary>
    /// Why <paramref name="file"/> of <paramref name="callId"/> may not be written in run <paramref name="runId"/>
    /// (<see cref="UpsertOutcome.UnknownContact"/> or <see cref="UpsertOutcome.DuplicateInRun"/> naming the file kept), or
    /// <see langword="null"/> when it may; then <paramref name="stored"/> is the row it replaces, if any, and the contact
    /// counts as written for the rest of the batch.
    /// </summary>
    public UpsertResult? Refusal(string callId, string file, long runId, out ExistingRow? stored)
    {
        stored = null;
        if (!_contacts.Contains(callId))
        {
            return new UpsertResult(UpsertOutcome.UnknownContact);
        }

        if (_seenInBatch.TryGetValue(callId, out var firstFile))
        {
            return new UpsertResult(UpsertOutcome.DuplicateInRun, firstFile);
        }

        _existing.TryGetValue(callId, out stored);
        if (stored is not null && stored.LastRunId == runId)
        {
            return new UpsertResult(UpsertOutcome.DuplicateInRun, stored.SourceFile);
        }

        _seenInBatch.Add(callId, file);
        return null;
    }
}
