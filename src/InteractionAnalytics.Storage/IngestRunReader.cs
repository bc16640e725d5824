using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Storage;

/// <summary>Reads the history of ingest runs and their rejects, for <c>ia runs</c> and <c>ia rejects</c>.</summary>
public sealed class IngestRunReader
{
    private readonly DbDataSource _dataSource;

    internal IngestRunReader(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>The most recent runs, newest first.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<IngestRunSummary>> GetRecentRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition("""
            SELECT run_id AS RunId, source AS Source, started_at AS StartedAt, ended_at AS EndedAt, status AS Status, error AS Error,
                   contacts_read AS ContactsRead, contacts_inserted AS ContactsInserted, contacts_updated AS ContactsUpdated,
                   contacts_unchanged AS ContactsUnchanged, contacts_rejected AS ContactsRejected,
                   transcripts_read AS TranscriptsRead, transcripts_inserted AS TranscriptsInserted,
                   transcripts_updated AS TranscriptsUpdated, transcripts_unchanged AS TranscriptsUnchanged,
                   transcripts_rejected AS TranscriptsRejected,
                   audio_read AS AudioRead, audio_inserted AS AudioInserted, audio_updated AS AudioUpdated,
                   audio_unchanged AS AudioUnchanged, audio_rejected AS AudioRejected,
                   redacted_cards AS RedactedCards, redacted_ssns AS RedactedSsns, redacted_phones AS RedactedPhones,
                   redacted_emails AS RedactedEmails, redacted_numbers AS RedactedNumbers
            FROM ingest_runs ORDER BY run_id DESC LIMIT @Limit
            """, new { Limit = limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSummary())];
    }

    /// <summary>The rejects of run <paramref name="runId"/>, in the order they were found.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<RejectedRecord>> GetRejectsAsync(long runId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RejectRow>(new CommandDefinition("""
            SELECT file AS File, line AS Line, record_key AS RecordKey, reason AS Reason, raw AS Raw
            FROM rejects WHERE run_id = @RunId ORDER BY reject_id LIMIT @Limit
            """, new { RunId = runId, Limit = limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new RejectedRecord(r.File, r.Line, r.RecordKey, r.Reason, r.Raw))];
    }

    private sealed class RejectRow
    {
        public string File { get; init; } = string.Empty;
        public long? Line { get; init; }
        public string? RecordKey { get; init; }
        public string Reason { get; init; } = string.Empty;
        public string? Raw { get; init; }
    }

    private sealed class RunRow
    {
        public long RunId { get; init; }
        public string Source { get; init; } = string.Empty;
        public string StartedAt { get; init; } = string.Empty;
        public string? EndedAt { get; init; }
        public string Status { get; init; } = string.Empty;
        public string? Error { get; init; }
        public long ContactsRead { get; init; }
        public long ContactsInserted { get; init; }
        public long ContactsUpdated { get; init; }
        public long ContactsUnchanged { get; init; }
        public long ContactsRejected { get; init; }
        public long TranscriptsRead { get; init; }
        public long TranscriptsInserted { get; init; }
        public long TranscriptsUpdated { get; init; }
        public long TranscriptsUnchanged { get; init; }
        public long TranscriptsRejected { get; init; }
        public long AudioRead { get; init; }
        public long AudioInserted { get; init; }
        public long AudioUpdated { get; init; }
        public long AudioUnchanged { get; init; }
        public long AudioRejected { get; init; }
        public long RedactedCards { get; init; }
        public long RedactedSsns { get; init; }
        public long RedactedPhones { get; init; }
        public long RedactedEmails { get; init; }
        public long RedactedNumbers { get; init; }

        public IngestRunSummary ToSummary() => new(
            RunId,
            Source,
            StorageFormat.ParseTimestamp(StartedAt),
            EndedAt is null ? null : StorageFormat.ParseTimestamp(EndedAt),
            RunStatusNames.Parse(Status),
            new IngestCounts { Read = ContactsRead, Inserted = ContactsInserted, Updated = ContactsUpdated, Unchanged = ContactsUnchanged, Rejected = ContactsRejected },
            new IngestCounts { Read = TranscriptsRead, Inserted = TranscriptsInserted, Updated = TranscriptsUpdated, Unchanged = TranscriptsUnchanged, Rejected = TranscriptsRejected },
            Error)
        {
            Audio = new IngestCounts { Read = AudioRead, Inserted = AudioInserted, Updated = AudioUpdated, Unchanged = AudioUnchanged, Rejected = AudioRejected },
            Redactions = new RedactionCounts(RedactedCards, RedactedSsns, RedactedPhones, RedactedEmails, RedactedNumbers),
        };
    }
}
