using Hangfire;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Jobs;

/// <summary>
/// The Hangfire jobs of a distributed ingest (docs/distributed.md): one per chunk, then the post-pass. Their arguments are
/// small (the export's path, the run, the chunk and its lines); the export itself is read from the shared file system.
/// Every job may run more than once (Hangfire's retries, a dead worker's job fetched again) and stores the same rows.
/// </summary>
public sealed partial class IngestChunkJob
{
    private readonly DistributedIngestEnvironment _environment;
    private readonly ILogger<IngestChunkJob> _logger;

    /// <summary>Creates the jobs' host for one worker process.</summary>
    public IngestChunkJob(DistributedIngestEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
        _logger = environment.Logging.CreateLogger<IngestChunkJob>();
    }

    /// <summary>Ingests one chunk of a run; the job that completes the run's last chunk enqueues the post-pass.</summary>
    /// <param name="exportDirectory">The export, at the same path on every worker.</param>
    /// <param name="runId">The run (<c>ingest_runs.run_id</c>).</param>
    /// <param name="chunk">The chunk's number, 1-based.</param>
    /// <param name="firstLine">The first line of <c>calls.csv</c> the chunk owns, inclusive.</param>
    /// <param name="lastLine">The last line of <c>calls.csv</c> the chunk owns, inclusive.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token: a stopping worker releases the job, and another runs it again.</param>
    [AutomaticRetry(Attempts = 5)]
    public async Task RunChunkAsync(string exportDirectory, long runId, int chunk, long firstLine, long lastLine, CancellationToken cancellationToken)
    {
        await using var ledger = new ChunkLedger(_environment.Database);
        var settings = await ledger.GetSettingsAsync(runId, cancellationToken);
        var request = _environment.CreateRequest(settings with { ExportDirectory = exportDirectory });
        var range = new IngestChunkRange(chunk, firstLine, lastLine);
        var scope = new IngestChunkScope(firstLine, lastLine, chunk == 1, IngestPipeline.ReadCallLines(request));
        if (!await ledger.BeginAttemptAsync(runId, range, OwnedFiles(request.ExportDirectory, scope), cancellationToken))
        {
            LogChunkAlreadyDone(chunk, runId);
            return;
        }

        LogChunkStarted(chunk, runId, firstLine, lastLine == long.MaxValue ? "end" : lastLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var database = await InteractionDatabase.OpenAsync(_environment.Database, _environment.Time, cancellationToken);
        var pipeline = new IngestPipeline(database.IngestStore, _environment.Time, _environment.Logging.CreateLogger<IngestPipeline>());
        var counts = await pipeline.RunChunkAsync(request, runId, scope, cancellationToken);
        var last = await ledger.CompleteAsync(
            runId,
            chunk,
            counts,
            () => new BackgroundJobClient(_environment.Storage).Enqueue<IngestChunkJob>(job => job.RunPostPassAsync(runId, CancellationToken.None)),
            cancellationToken);
        LogChunkDone(chunk, runId, counts.Contacts.Read, counts.Transcripts.Read, counts.Audio.Read, counts.Rejected, last);
    }

    /// <summary>The post-pass of a run, once every chunk is done: repeat linking over all nights, the run's totals; runs once.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task RunPostPassAsync(long runId, CancellationToken cancellationToken)
    {
        await using var ledger = new ChunkLedger(_environment.Database);
        var request = _environment.CreateRequest(await ledger.GetSettingsAsync(runId, cancellationToken));
        await using var database = await InteractionDatabase.OpenAsync(_environment.Database, _environment.Time, cancellationToken);
        var pipeline = new IngestPipeline(database.IngestStore, _environment.Time, _environment.Logging.CreateLogger<IngestPipeline>());
        LogPostPassStarted(runId);
        var ran = await ledger.RunPostPassAsync(runId, async (contacts, transcripts, audio, redactions) =>
        {
            var totals = new IngestRunSummary(runId, Path.GetFullPath(request.ExportDirectory), _environment.Time.GetUtcNow(), null, IngestRunStatus.Running, contacts, transcripts, null)
            {
                Audio = audio,
                Redactions = redactions,
            };
            var summary = await pipeline.FinishChunkedRunAsync(request, totals, cancellationToken);
            LogRunCompleted(runId, summary.Contacts.Read, summary.Transcripts.Read, summary.Audio.Read, summary.Rejected);
        }, cancellationToken);
        if (!ran)
        {
            LogPostPassAlreadyDone(runId);
        }
    }

    /// <summary>The chunk's files of <c>transcripts/</c> and <c>audio/</c>, named as their rows and rejects name them (<c>transcripts/C1.json</c>).</summary>
    private static List<string> OwnedFiles(string exportDirectory, IngestChunkScope scope)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var files = new List<string>();
        foreach (var folder in new[] { ExportLayout.TranscriptsFolder, ExportLayout.AudioFolder })
        {
            var path = Path.Combine(exportDirectory, folder);
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", enumeration).Where(scope.OwnsFile).Select(f => $"{folder}/{Path.GetFileName(f)}"));
            }
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {Chunk} of run {RunId} started: calls.csv lines {FirstLine} to {LastLine}")]
    private partial void LogChunkStarted(int chunk, long runId, long firstLine, string lastLine);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {Chunk} of run {RunId} done: {Contacts} contacts, {Transcripts} transcripts, {Recordings} recordings read, {Rejected} rejected (last chunk: {Last})")]
    private partial void LogChunkDone(int chunk, long runId, long contacts, long transcripts, long recordings, long rejected, bool last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {Chunk} of run {RunId} was already done; nothing to do")]
    private partial void LogChunkAlreadyDone(int chunk, long runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post-pass of run {RunId} started")]
    private partial void LogPostPassStarted(long runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post-pass of run {RunId} had already run; nothing to do")]
    private partial void LogPostPassAlreadyDone(long runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} completed: {Contacts} contacts, {Transcripts} transcripts, {Recordings} recordings read, {Rejected} rejected")]
    private partial void LogRunCompleted(long runId, long contacts, long transcripts, long recordings, long rejected);
}
