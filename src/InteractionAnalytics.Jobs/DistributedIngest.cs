using Hangfire;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Jobs;

/// <summary>
/// Starts a distributed ingest (docs/distributed.md): one run, split into chunks, one Hangfire job per chunk, for any
/// number of <c>ia worker</c> processes on the same PostgreSQL database.
/// </summary>
public static class DistributedIngest
{
    /// <summary>Records per chunk when the command does not say: about a minute of work for one worker.</summary>
    public const int DefaultChunkSize = 5000;

    /// <summary>Starts the run, records its chunks and enqueues them.</summary>
    /// <param name="environment">The database, Hangfire's storage and how requests are built.</param>
    /// <param name="settings">The run's options; <see cref="DistributedIngestSettings.ExportDirectory"/> is made absolute.</param>
    /// <param name="chunkSize">Records of <c>calls.csv</c> per chunk, at least 1.</param>
    /// <param name="cancellationToken">Stops before the jobs are enqueued.</param>
    /// <returns>The run id and the chunks enqueued.</returns>
    public static async Task<(long RunId, IReadOnlyList<IngestChunkRange> Chunks)> StartAsync(
        DistributedIngestEnvironment environment, DistributedIngestSettings settings, int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(settings);
        settings = settings with { ExportDirectory = Path.GetFullPath(settings.ExportDirectory) };
        var request = environment.CreateRequest(settings);
        var chunks = IngestPipeline.PlanChunks(request, chunkSize);

        await using var database = await InteractionDatabase.OpenAsync(environment.Database, environment.Time, cancellationToken);
        await using var ledger = new ChunkLedger(environment.Database);
        await ledger.EnsureTablesAsync(cancellationToken);
        var pipeline = new IngestPipeline(database.IngestStore, environment.Time, environment.Logging.CreateLogger<IngestPipeline>());
        var runId = await pipeline.StartChunkedRunAsync(request, cancellationToken);
        await ledger.AddRunAsync(runId, settings, chunks, cancellationToken);

        var client = new BackgroundJobClient(environment.Storage);
        foreach (var chunk in chunks)
        {
            client.Enqueue<IngestChunkJob>(job => job.RunChunkAsync(settings.ExportDirectory, runId, chunk.Number, chunk.FirstLine, chunk.LastLine, CancellationToken.None));
        }

        return (runId, chunks);
    }
}
