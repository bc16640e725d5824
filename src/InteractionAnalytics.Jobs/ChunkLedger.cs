using System.Text.Json;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Storage.PostgreSql;
using Npgsql;

namespace InteractionAnalytics.Jobs;

/// <summary>
/// The tables that tie a distributed run's chunks together (docs/distributed.md): <c>ingest_chunk_runs</c> (one row per
/// run: its settings, whether its post-pass was enqueued and done) and <c>ingest_chunks</c> (one row per chunk: its line
/// range, attempts, when it was done and its counts, overwritten by a rerun). Hangfire.Core alone has no batches, so the
/// chunk job that marks the last chunk done, under a lock on the run's row, enqueues the post-pass, exactly once.
/// </summary>
public sealed class ChunkLedger : IAsyncDisposable
{
    private static readonly string[] Kinds = ["contacts", "transcripts", "audio"];
    private static readonly string[] Counts = ["read", "inserted", "updated", "unchanged", "rejected"];
    private static readonly string[] Redactions = ["redacted_cards", "redacted_ssns", "redacted_phones", "redacted_emails", "redacted_numbers"];
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Opens the ledger of <paramref name="database"/> (a PostgreSQL connection string or URL).</summary>
    public ChunkLedger(string database) =>
        _dataSource = NpgsqlDataSource.Create(PostgreSqlConnectionString.Parse(database).ConnectionString);

    /// <summary>Creates the tables when they do not exist (the data's schema, next to <c>ingest_runs</c>).</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        var counts = string.Join(", ", Kinds.SelectMany(k => Counts.Select(c => $"{k}_{c} BIGINT NOT NULL DEFAULT 0")));
        await ExecuteAsync(null, $"""
            CREATE TABLE IF NOT EXISTS ingest_chunk_runs (
                run_id BIGINT NOT NULL PRIMARY KEY,
                settings TEXT NOT NULL,
                chunk_count INTEGER NOT NULL,
                post_pass_enqueued_at TIMESTAMPTZ NULL,
                post_pass_runs INTEGER NOT NULL DEFAULT 0,
                post_pass_done_at TIMESTAMPTZ NULL);
            CREATE TABLE IF NOT EXISTS ingest_chunks (
                run_id BIGINT NOT NULL REFERENCES ingest_chunk_runs (run_id) ON DELETE CASCADE,
                chunk INTEGER NOT NULL,
                first_line BIGINT NOT NULL,
                last_line BIGINT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                done_at TIMESTAMPTZ NULL,
                {counts},
                {string.Join(", ", Redactions.Select(r => $"{r} BIGINT NOT NULL DEFAULT 0"))},
                PRIMARY KEY (run_id, chunk));
            """, cancellationToken);
    }

    /// <summary>Records a new run's settings and chunks, none done.</summary>
    public async Task AddRunAsync(long runId, DistributedIngestSettings settings, IReadOnlyList<IngestChunkRange> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("INSERT INTO ingest_chunk_runs (run_id, settings, chunk_count) VALUES (@run, @settings, @count)", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("settings", JsonSerializer.Serialize(settings));
            command.Parameters.AddWithValue("count", chunks.Count);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var chunk in chunks)
        {
            await using var command = new NpgsqlCommand("INSERT INTO ingest_chunks (run_id, chunk, first_line, last_line) VALUES (@run, @chunk, @first, @last)", connection, transaction);
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("chunk", chunk.Number);
            command.Parameters.AddWithValue("first", chunk.FirstLine);
            command.Parameters.AddWithValue("last", chunk.LastLine);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The settings a run was started with.</summary>
    public async Task<DistributedIngestSettings> GetSettingsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT settings FROM ingest_chunk_runs WHERE run_id = @run");
        command.Parameters.AddWithValue("run", runId);
        var json = await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException($"Run {runId} is not a distributed run (no ingest_chunk_runs row).");
        return JsonSerializer.Deserialize<DistributedIngestSettings>(json)
            ?? throw new InvalidOperationException($"Run {runId} has no settings.");
    }

    /// <summary>
    /// Starts an attempt at a chunk: counts it, and clears what an earlier attempt of this run left for the chunk's
    /// records (rows it inserted are deleted, rows it only touched get their previous run back, its rejects are deleted),
    /// so the attempt stores exactly what a first one would. <see langword="false"/> when the chunk is already done.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <param name="chunk">The chunk and its lines.</param>
    /// <param name="files">The chunk's files of <c>transcripts/</c> and <c>audio/</c>, as their rows and rejects name them.</param>
    /// <param name="cancellationToken">Stops the attempt; nothing is cleared then.</param>
    public async Task<bool> BeginAttemptAsync(long runId, IngestChunkRange chunk, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            "UPDATE ingest_chunks SET attempts = attempts + 1 WHERE run_id = @run AND chunk = @chunk RETURNING done_at IS NOT NULL", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("chunk", chunk.Number);
            if (await command.ExecuteScalarAsync(cancellationToken) is not false)
            {
                await transaction.CommitAsync(cancellationToken);
                return false;
            }
        }

        await using (var command = new NpgsqlCommand("""
            UPDATE transcripts t SET last_run_id = c.first_run_id FROM contacts c
            WHERE c.call_id = t.call_id AND t.last_run_id = @run AND c.first_run_id <> @run AND t.source_file = ANY(@files);
            UPDATE audio_measures a SET last_run_id = c.first_run_id FROM contacts c
            WHERE c.call_id = a.call_id AND a.last_run_id = @run AND c.first_run_id <> @run AND a.source_file = ANY(@files);
            DELETE FROM contacts WHERE first_run_id = @run AND source_file = @calls AND source_line BETWEEN @first AND @last;
            UPDATE contacts SET last_run_id = first_run_id
            WHERE last_run_id = @run AND source_file = @calls AND source_line BETWEEN @first AND @last;
            DELETE FROM rejects WHERE run_id = @run AND (
                (file = @calls AND line BETWEEN @first AND @last)
                OR file = ANY(@files)
                OR (@isFirst AND line IS NULL AND file IN (@calls, @transcripts, @audio)));
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("files", files.ToArray());
            command.Parameters.AddWithValue("calls", ExportLayout.CallsFile);
            command.Parameters.AddWithValue("transcripts", ExportLayout.TranscriptsFolder);
            command.Parameters.AddWithValue("audio", ExportLayout.AudioFolder);
            command.Parameters.AddWithValue("first", chunk.FirstLine);
            command.Parameters.AddWithValue("last", chunk.LastLine);
            command.Parameters.AddWithValue("isFirst", chunk.Number == 1);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Marks a chunk done with its counts (overwriting an earlier attempt's). When it is the run's last chunk not done,
    /// calls <paramref name="enqueuePostPass"/> once, under a lock on the run's row, and returns <see langword="true"/>.
    /// </summary>
    public async Task<bool> CompleteAsync(long runId, int chunk, IngestRunSummary counts, Action enqueuePostPass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(enqueuePostPass);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var enqueued = await LockRunAsync(connection, transaction, runId, "post_pass_enqueued_at", cancellationToken);
        var sets = string.Join(", ", Kinds.SelectMany(k => Counts.Select(c => $"{k}_{c} = @{k}_{c}")));
        await using (var command = new NpgsqlCommand($"UPDATE ingest_chunks SET done_at = now(), {sets}, {string.Join(", ", Redactions.Select(r => $"{r} = @{r}"))} WHERE run_id = @run AND chunk = @chunk", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            command.Parameters.AddWithValue("chunk", chunk);
            var pii = counts.Redactions;
            foreach (var (name, value) in Redactions.Zip([pii.Cards, pii.Ssns, pii.Phones, pii.Emails, pii.SpokenNumbers]))
            {
                command.Parameters.AddWithValue(name, value);
            }

            foreach (var (kind, value) in new[] { ("contacts", counts.Contacts), ("transcripts", counts.Transcripts), ("audio", counts.Audio) })
            {
                command.Parameters.AddWithValue($"{kind}_read", value.Read);
                command.Parameters.AddWithValue($"{kind}_inserted", value.Inserted);
                command.Parameters.AddWithValue($"{kind}_updated", value.Updated);
                command.Parameters.AddWithValue($"{kind}_unchanged", value.Unchanged);
                command.Parameters.AddWithValue($"{kind}_rejected", value.Rejected);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        long remaining;
        await using (var command = new NpgsqlCommand("SELECT count(*) FROM ingest_chunks WHERE run_id = @run AND done_at IS NULL", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            remaining = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var last = remaining == 0 && !enqueued;
        if (last)
        {
            // Enqueued before the commit: if the commit then fails, this job fails and is retried, and the post-pass,
            // which runs only once every chunk is done and only once in all, finds nothing or everything to do.
            enqueuePostPass();
            await using var command = new NpgsqlCommand("UPDATE ingest_chunk_runs SET post_pass_enqueued_at = now() WHERE run_id = @run", connection, transaction);
            command.Parameters.AddWithValue("run", runId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return last;
    }

    /// <summary>
    /// Runs <paramref name="postPass"/> with the sums of the chunks' counts, unless it already ran for this run; in one
    /// transaction with the mark that it ran, so a post-pass that dies is run again whole. <see langword="false"/> when it had already run.
    /// </summary>
    /// <exception cref="InvalidOperationException">A chunk of the run is not done.</exception>
    public async Task<bool> RunPostPassAsync(long runId, Func<IngestCounts, IngestCounts, IngestCounts, RedactionCounts, Task> postPass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postPass);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockRunAsync(connection, transaction, runId, "post_pass_done_at", cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        var columns = string.Join(", ", Kinds.SelectMany(k => Counts.Select(c => $"sum({k}_{c})::bigint")));
        var totals = new long[(Kinds.Length * Counts.Length) + Redactions.Length];
        await using (var command = new NpgsqlCommand(
            $"SELECT count(*) FILTER (WHERE done_at IS NULL), {columns}, {string.Join(", ", Redactions.Select(r => $"sum({r})::bigint"))} FROM ingest_chunks WHERE run_id = @run", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.GetInt64(0) > 0)
            {
                throw new InvalidOperationException($"Run {runId}: {reader.GetInt64(0)} chunk(s) not done; the post-pass waits for all of them.");
            }

            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] = reader.IsDBNull(i + 1) ? 0 : reader.GetInt64(i + 1);
            }
        }

        IngestCounts At(int kind) => new()
        {
            Read = totals[kind * 5],
            Inserted = totals[(kind * 5) + 1],
            Updated = totals[(kind * 5) + 2],
            Unchanged = totals[(kind * 5) + 3],
            Rejected = totals[(kind * 5) + 4],
        };

        await postPass(At(0), At(1), At(2), new RedactionCounts(totals[^5], totals[^4], totals[^3], totals[^2], totals[^1]));
        await using (var command = new NpgsqlCommand(
            "UPDATE ingest_chunk_runs SET post_pass_done_at = now(), post_pass_runs = post_pass_runs + 1 WHERE run_id = @run", connection, transaction))
        {
            command.Parameters.AddWithValue("run", runId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Locks the run's row until the transaction ends; returns whether its <paramref name="column"/> (a time) is set.</summary>
    private static async Task<bool> LockRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, string column, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {column} IS NOT NULL FROM ingest_chunk_runs WHERE run_id = @run FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("run", runId);
        return await command.ExecuteScalarAsync(cancellationToken) as bool?
            ?? throw new InvalidOperationException($"Run {runId} is not a distributed run (no ingest_chunk_runs row).");
    }

    private async Task ExecuteAsync(NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
