using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Dialects;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage;

/// <summary>
/// <see cref="IIngestStore"/> over a <see cref="DbDataSource"/> with Dapper. Every method runs in one
/// transaction. Duplicates within a run are found through <c>last_run_id</c>, which the store keeps on
/// every row it touches, so the check costs no memory in the process however large the export.
/// </summary>
internal sealed class DapperIngestStore : IIngestStore
{
    /// <summary>The contacts insert's target and column list, shared by the row path and the bulk path (ContactBulkWriter).</summary>
    internal const string ContactInsertInto = """
        INSERT INTO contacts (
            call_id, customer_id, agent_id, team, queue, channel, direction, started_at, started_at_utc, start_date,
            answered_at, ended_at, ivr_seconds, queue_seconds, talk_seconds, hold_seconds, hold_count, acw_seconds,
            handle_seconds, transfer_count, abandoned, disposition, source_file, source_line, content_hash, first_run_id, last_run_id)
        """;

    /// <summary>What a stored contact takes from a new version of it (everything but its first run), for both paths.</summary>
    internal const string ContactUpsertSet = """
        ON CONFLICT (call_id) DO UPDATE SET
            customer_id = excluded.customer_id, agent_id = excluded.agent_id, team = excluded.team, queue = excluded.queue,
            channel = excluded.channel, direction = excluded.direction, started_at = excluded.started_at,
            started_at_utc = excluded.started_at_utc, start_date = excluded.start_date, answered_at = excluded.answered_at,
            ended_at = excluded.ended_at, ivr_seconds = excluded.ivr_seconds, queue_seconds = excluded.queue_seconds,
            talk_seconds = excluded.talk_seconds, hold_seconds = excluded.hold_seconds, hold_count = excluded.hold_count,
            acw_seconds = excluded.acw_seconds, handle_seconds = excluded.handle_seconds,
            transfer_count = excluded.transfer_count, abandoned = excluded.abandoned, disposition = excluded.disposition,
            source_file = excluded.source_file, source_line = excluded.source_line, content_hash = excluded.content_hash,
            last_run_id = excluded.last_run_id
        """;

    private static readonly string[] TurnColumns = ["call_id", "turn_index", "speaker", "speaker_label", "start_seconds", "end_seconds", "text"];

    private readonly DbDataSource _dataSource;
    private readonly IBulkCopier? _bulkCopier;

    /// <param name="dataSource">The database.</param>
    /// <param name="bulkCopier">
    /// The provider's bulk writes (PostgreSQL's binary COPY), or <see langword="null"/> for one statement per row (SQLite).
    /// Both paths decide every record's outcome from the same pre-read, so they return the same results.
    /// </param>
    public DapperIngestStore(DbDataSource dataSource, IBulkCopier? bulkCopier = null)
    {
        _dataSource = dataSource;
        _bulkCopier = bulkCopier;
    }

    public async Task<long> StartRunAsync(string source, string optionsJson, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO ingest_runs (source, options, started_at, status)
            VALUES (@Source, @Options, @StartedAt, 'running')
            RETURNING run_id
            """, new { Source = source, Options = optionsJson, StartedAt = StorageFormat.Timestamp(startedAt) }, transaction, cancellationToken: cancellationToken));

        // A run of this source still 'running' died without finishing (kill -9, a crash, a power cut): its batches were
        // committed whole, and this run reads the whole export again, so it completes that run's work. Two ingests of
        // one export at the same time are not supported (each would also delete the other's rejects).
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE ingest_runs SET status = 'interrupted', error = @Error
            WHERE source = @Source AND status = 'running' AND run_id <> @RunId
            """, new
        {
            Source = source,
            RunId = runId,
            Error = string.Create(CultureInfo.InvariantCulture, $"the process stopped before this run finished (killed or crashed); run {runId} read the export again"),
        }, transaction, cancellationToken: cancellationToken));

        // This run reads every record of the source again, so it re-rejects whatever is still bad.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM rejects WHERE source = @Source", new { Source = source }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return runId;
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertContactsAsync(long runId, IReadOnlyList<SourcedContact> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = batch.Select(c => ContactRow.From(c, runId)).ToList();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var existing = (await connection.QueryAsync<ExistingRow>(new CommandDefinition("""
            SELECT call_id AS Key, content_hash AS ContentHash, last_run_id AS LastRunId, source_file AS SourceFile, source_line AS SourceLine
            FROM contacts WHERE call_id IN @Ids
            """, new { Ids = rows.Select(r => r.CallId).Distinct().ToList() }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);

        var results = new UpsertResult[rows.Count];
        var writes = new List<ContactRow>(rows.Count);
        var touches = new List<ContactRow>();
        var seenInBatch = new Dictionary<string, ContactRow>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (seenInBatch.TryGetValue(row.CallId, out var first))
            {
                results[i] = new UpsertResult(UpsertOutcome.DuplicateInRun, $"already read at {first.SourceFile} line {first.SourceLine} in this export");
                continue;
            }

            if (existing.TryGetValue(row.CallId, out var stored) && stored.LastRunId == runId)
            {
                results[i] = new UpsertResult(UpsertOutcome.DuplicateInRun, $"already read at {stored.SourceFile} line {stored.SourceLine} in this export");
                continue;
            }

            seenInBatch.Add(row.CallId, row);
            if (stored is null)
            {
                results[i] = new UpsertResult(UpsertOutcome.Inserted);
                writes.Add(row);
            }
            else if (!string.Equals(stored.ContentHash, row.ContentHash, StringComparison.Ordinal))
            {
                results[i] = new UpsertResult(UpsertOutcome.Updated);
                writes.Add(row);
            }
            else
            {
                results[i] = new UpsertResult(UpsertOutcome.Unchanged);
                touches.Add(row);
            }
        }

        if (_bulkCopier is not null)
        {
            await ContactBulkWriter.WriteAsync(_bulkCopier, connection, transaction, writes, touches, cancellationToken);
        }
        else if (writes.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition($"""
                {ContactInsertInto}
                VALUES (
                    @CallId, @CustomerId, @AgentId, @Team, @Queue, @Channel, @Direction, @StartedAt, @StartedAtUtc, @StartDate,
                    @AnsweredAt, @EndedAt, @IvrSeconds, @QueueSeconds, @TalkSeconds, @HoldSeconds, @HoldCount, @AcwSeconds,
                    @HandleSeconds, @TransferCount, @Abandoned, @Disposition, @SourceFile, @SourceLine, @ContentHash, @RunId, @RunId)
                {ContactUpsertSet}
                """, writes, transaction, cancellationToken: cancellationToken));
        }

        if (_bulkCopier is null && touches.Count > 0)
        {
            // Unchanged rows still record that this run saw them, so a later duplicate in the same export is caught.
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE contacts SET last_run_id = @RunId, source_file = @SourceFile, source_line = @SourceLine WHERE call_id = @CallId
                """, touches, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertTranscriptsAsync(long runId, IReadOnlyList<SourcedTranscript> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var gate = await ContactFileBatch.LoadAsync(connection, transaction, "transcripts", batch.Select(t => t.Transcript.CallId), cancellationToken);
        var results = new UpsertResult[batch.Count];

        // On the bulk path the turns of every changed transcript, and every transcript's speaker roles, go in one COPY each
        // after the loop (their old rows are deleted in it). The gate refuses a second file of a call within the batch,
        // so no call's rows are copied twice.
        var copiedTurns = _bulkCopier is null ? null : new List<object?[]>();
        var copiedRoles = _bulkCopier is null ? null : new List<object?[]>();
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            var callId = item.Transcript.CallId;
            if (gate.Refusal(callId, item.File, runId, out var stored) is { } refusal)
            {
                results[i] = refusal;
                continue;
            }

            var hash = TranscriptFingerprint.Of(item.Transcript, item.Roles?.Labels);
            var header = new
            {
                CallId = callId,
                item.Transcript.Language,
                item.Format,
                SourceFile = item.File,
                TurnCount = item.Transcript.Turns.Count,
                ContentHash = hash,
                RunId = runId,
                RoleConfidence = item.Roles?.Confidence,
                RolesNeedReview = item.Roles?.NeedsReview ?? false,
                RoleReviewReason = item.Roles?.ReviewReason,
            };

            if (stored is not null && string.Equals(stored.ContentHash, hash, StringComparison.Ordinal))
            {
                results[i] = new UpsertResult(UpsertOutcome.Unchanged);
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE transcripts SET last_run_id = @RunId, source_file = @SourceFile, format = @Format, role_confidence = @RoleConfidence,
                        roles_need_review = @RolesNeedReview, role_review_reason = @RoleReviewReason
                    WHERE call_id = @CallId
                    """,
                    header, transaction, cancellationToken: cancellationToken));
                await SpeakerRolesWriter.ReplaceAsync(connection, transaction, callId, item.Roles, cancellationToken, copiedRoles);
                await ClassificationWriter.UpsertAsync(connection, transaction, runId, callId, item.Classification, cancellationToken);
                await MeasuresWriter.UpsertAsync(connection, transaction, runId, callId, item.Measures, cancellationToken);
                continue;
            }

            results[i] = new UpsertResult(stored is null ? UpsertOutcome.Inserted : UpsertOutcome.Updated);
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM transcript_turns WHERE call_id = @CallId", header, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO transcripts (
                    call_id, language, format, source_file, turn_count, content_hash, last_run_id, role_confidence, roles_need_review,
                    role_review_reason)
                VALUES (
                    @CallId, @Language, @Format, @SourceFile, @TurnCount, @ContentHash, @RunId, @RoleConfidence, @RolesNeedReview,
                    @RoleReviewReason)
                ON CONFLICT (call_id) DO UPDATE SET
                    language = excluded.language, format = excluded.format, source_file = excluded.source_file,
                    turn_count = excluded.turn_count, content_hash = excluded.content_hash, last_run_id = excluded.last_run_id,
                    role_confidence = excluded.role_confidence, roles_need_review = excluded.roles_need_review,
                    role_review_reason = excluded.role_review_reason
                """, header, transaction, cancellationToken: cancellationToken));
            if (copiedTurns is not null)
            {
                copiedTurns.AddRange(item.Transcript.Turns.Select((t, index) => new object?[]
                {
                    callId, (long)index, SpeakerNames.ToName(t.Speaker), item.Roles?.Labels[index], t.StartSeconds, t.EndSeconds, t.Text,
                }));
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO transcript_turns (call_id, turn_index, speaker, speaker_label, start_seconds, end_seconds, text)
                    VALUES (@CallId, @TurnIndex, @Speaker, @SpeakerLabel, @StartSeconds, @EndSeconds, @Text)
                    """, item.Transcript.Turns.Select((t, index) => new
                {
                    CallId = callId,
                    TurnIndex = index,
                    Speaker = SpeakerNames.ToName(t.Speaker),
                    SpeakerLabel = item.Roles?.Labels[index],
                    t.StartSeconds,
                    t.EndSeconds,
                    t.Text,
                }), transaction, cancellationToken: cancellationToken));
            }

            await SpeakerRolesWriter.ReplaceAsync(connection, transaction, callId, item.Roles, cancellationToken, copiedRoles);
            await ClassificationWriter.UpsertAsync(connection, transaction, runId, callId, item.Classification, cancellationToken);
            await MeasuresWriter.UpsertAsync(connection, transaction, runId, callId, item.Measures, cancellationToken);
        }

        if (copiedTurns is { Count: > 0 })
        {
            await _bulkCopier!.CopyAsync(connection, "transcript_turns", TurnColumns, copiedTurns, cancellationToken);
        }

        if (copiedRoles is { Count: > 0 })
        {
            await _bulkCopier!.CopyAsync(connection, "speaker_roles", SpeakerRolesWriter.CopyColumns, copiedRoles, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public Task<IReadOnlyList<UpsertResult>> UpsertAudioAsync(long runId, IReadOnlyList<SourcedAudio> batch, CancellationToken cancellationToken) =>
        AudioMeasuresWriter.UpsertAsync(_dataSource, runId, batch, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Speaker>>> GetRoleCorrectionsAsync(
        IReadOnlyCollection<string> callIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callIds);
        var result = new Dictionary<string, IReadOnlyDictionary<string, Speaker>>(StringComparer.Ordinal);
        if (callIds.Count == 0)
        {
            return result;
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string CallId, string Label, string Role)>(new CommandDefinition("""
            SELECT call_id, speaker_label, role FROM speaker_role_corrections WHERE call_id IN @Ids ORDER BY correction_id
            """, new { Ids = callIds }, cancellationToken: cancellationToken));
        foreach (var (callId, label, roleName) in rows)
        {
            if (!SpeakerNames.TryParse(roleName, out var role))
            {
                continue; // Written by us with a checked role; a hand-edited bad row must not stop the night.
            }

            if (!result.TryGetValue(callId, out var labels))
            {
                labels = new Dictionary<string, Speaker>(StringComparer.Ordinal);
                result.Add(callId, labels);
            }

            // Later corrections (higher ids) overwrite earlier ones.
            ((Dictionary<string, Speaker>)labels)[label] = role;
        }

        return result;
    }

    public async Task AddRejectsAsync(long runId, string source, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejects);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO rejects (run_id, source, file, line, record_key, reason, raw)
            VALUES (@RunId, @Source, @File, @Line, @RecordKey, @Reason, @Raw)
            """, rejects.Select(r => new { RunId = runId, Source = source, r.File, r.Line, r.RecordKey, r.Reason, r.Raw }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<RepeatLinkSummary> LinkRepeatsAsync(long runId, RepeatLinkingOptions options, CancellationToken cancellationToken) =>
        new RepeatLinkWriter(_dataSource).LinkAsync(runId, options, cancellationToken);

    public async Task FinishRunAsync(IngestRunSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE ingest_runs SET
                ended_at = @EndedAt, status = @Status, error = @Error,
                contacts_read = @ContactsRead, contacts_inserted = @ContactsInserted, contacts_updated = @ContactsUpdated,
                contacts_unchanged = @ContactsUnchanged, contacts_rejected = @ContactsRejected,
                transcripts_read = @TranscriptsRead, transcripts_inserted = @TranscriptsInserted, transcripts_updated = @TranscriptsUpdated,
                transcripts_unchanged = @TranscriptsUnchanged, transcripts_rejected = @TranscriptsRejected,
                audio_read = @AudioRead, audio_inserted = @AudioInserted, audio_updated = @AudioUpdated,
                audio_unchanged = @AudioUnchanged, audio_rejected = @AudioRejected,
                records_read = @Read, records_stored = @Stored, records_rejected = @Rejected,
                redacted_cards = @RedactedCards, redacted_ssns = @RedactedSsns, redacted_phones = @RedactedPhones,
                redacted_emails = @RedactedEmails, redacted_numbers = @RedactedNumbers
            WHERE run_id = @RunId
            """, new
        {
            summary.RunId,
            EndedAt = summary.EndedAt is { } ended ? StorageFormat.Timestamp(ended) : null,
            Status = RunStatusNames.ToName(summary.Status),
            summary.Error,
            ContactsRead = summary.Contacts.Read,
            ContactsInserted = summary.Contacts.Inserted,
            ContactsUpdated = summary.Contacts.Updated,
            ContactsUnchanged = summary.Contacts.Unchanged,
            ContactsRejected = summary.Contacts.Rejected,
            TranscriptsRead = summary.Transcripts.Read,
            TranscriptsInserted = summary.Transcripts.Inserted,
            TranscriptsUpdated = summary.Transcripts.Updated,
            TranscriptsUnchanged = summary.Transcripts.Unchanged,
            TranscriptsRejected = summary.Transcripts.Rejected,
            AudioRead = summary.Audio.Read,
            AudioInserted = summary.Audio.Inserted,
            AudioUpdated = summary.Audio.Updated,
            AudioUnchanged = summary.Audio.Unchanged,
            AudioRejected = summary.Audio.Rejected,
            summary.Read,
            summary.Stored,
            summary.Rejected,
            RedactedCards = summary.Redactions.Cards,
            RedactedSsns = summary.Redactions.Ssns,
            RedactedPhones = summary.Redactions.Phones,
            RedactedEmails = summary.Redactions.Emails,
            RedactedNumbers = summary.Redactions.SpokenNumbers,
        }, cancellationToken: cancellationToken));
    }
}
