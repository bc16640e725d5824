using System.Data.Common;
using Dapper;
using InteractionAnalytics.Storage.Dialects;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage;

/// <summary>
/// Writes a batch of contacts through a provider's <see cref="IBulkCopier"/>: the rows to insert or update are copied
/// into a staging table and merged with one <c>INSERT … SELECT … ON CONFLICT</c>; the unchanged rows' run marks with one
/// <c>UPDATE … FROM</c>. Which rows are which the caller decided from its pre-read of the stored hashes, exactly as the
/// row-by-row path does, so both return the same per-record results.
/// </summary>
internal static class ContactBulkWriter
{
    private static readonly string[] WriteColumns =
    [
        "call_id", "customer_id", "agent_id", "team", "queue", "channel", "direction", "started_at", "started_at_utc", "start_date",
        "answered_at", "ended_at", "ivr_seconds", "queue_seconds", "talk_seconds", "hold_seconds", "hold_count", "acw_seconds",
        "handle_seconds", "transfer_count", "abandoned", "disposition", "source_file", "source_line", "content_hash", "first_run_id", "last_run_id",
    ];

    private static readonly string[] TouchColumns = ["call_id", "source_file", "source_line", "last_run_id"];

    public static async Task WriteAsync(
        IBulkCopier copier, DbConnection connection, DbTransaction transaction, IReadOnlyList<ContactRow> writes, IReadOnlyList<ContactRow> touches, CancellationToken cancellationToken)
    {
        if (writes.Count > 0)
        {
            await copier.StageAsync(connection, "ia_staged_contacts", "contacts", WriteColumns, writes.Select(r => new object?[]
            {
                r.CallId, r.CustomerId, r.AgentId, r.Team, r.Queue, r.Channel, r.Direction, r.StartedAt, r.StartedAtUtc, r.StartDate,
                r.AnsweredAt, r.EndedAt, r.IvrSeconds, r.QueueSeconds, r.TalkSeconds, r.HoldSeconds, (long)r.HoldCount, r.AcwSeconds,
                r.HandleSeconds, (long)r.TransferCount, (long)r.Abandoned, r.Disposition, r.SourceFile, r.SourceLine, r.ContentHash, r.RunId, r.RunId,
            }), cancellationToken);

            // The same SET list as the row path; first_run_id stays the run that first stored the contact.
            await connection.ExecuteAsync(new CommandDefinition($"""
                {DapperIngestStore.ContactInsertInto}
                SELECT
                    call_id, customer_id, agent_id, team, queue, channel, direction, started_at, started_at_utc, start_date,
                    answered_at, ended_at, ivr_seconds, queue_seconds, talk_seconds, hold_seconds, hold_count, acw_seconds,
                    handle_seconds, transfer_count, abandoned, disposition, source_file, source_line, content_hash, first_run_id, last_run_id
                FROM ia_staged_contacts
                {DapperIngestStore.ContactUpsertSet}
                """, transaction: transaction, cancellationToken: cancellationToken));
        }

        if (touches.Count > 0)
        {
            // Unchanged rows still record that this run saw them, so a later duplicate in the same export is caught.
            await copier.StageAsync(connection, "ia_staged_contact_touches", "contacts", TouchColumns,
                touches.Select(r => new object?[] { r.CallId, r.SourceFile, r.SourceLine, r.RunId }), cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE contacts SET last_run_id = s.last_run_id, source_file = s.source_file, source_line = s.source_line
                FROM ia_staged_contact_touches s WHERE contacts.call_id = s.call_id
                """, transaction: transaction, cancellationToken: cancellationToken));
        }
    }
}
