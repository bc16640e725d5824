using System.Globalization;
using InteractionAnalytics.Jobs;
using InteractionAnalytics.Storage.PostgreSql;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia ingest --distributed</c>: starts the run and enqueues its chunks for <c>ia worker</c> (docs/distributed.md).</summary>
internal static class DistributedIngestCommand
{
    public static async Task<int> RunAsync(CliContext context, string? db, DistributedIngestSettings settings, int chunkSize, CancellationToken cancellationToken)
    {
        if (db is null || (!PostgreSqlConnectionString.IsUrl(db) && !PostgreSqlConnectionString.IsConnectionString(db)))
        {
            await context.Error.WriteLineAsync("error: --distributed needs a PostgreSQL --db (Host=… or postgres://…): the workers share it; the embedded SQLite database runs in one process");
            return ExitCodes.Failure;
        }

        if (chunkSize < 1)
        {
            await context.Error.WriteLineAsync("error: --chunk-size must be at least 1");
            return ExitCodes.Failure;
        }

        if (!Directory.Exists(settings.ExportDirectory))
        {
            await context.Error.WriteLineAsync($"error: the export directory '{Path.GetFullPath(settings.ExportDirectory)}' does not exist");
            return ExitCodes.Failure;
        }

        try
        {
            // Fails here, not on every worker, when a setting cannot be read.
            DistributedRequests.Create(settings with { Classify = false, Measure = false });
            var environment = DistributedRequests.Environment(context, db, null);
            var (runId, chunks) = await DistributedIngest.StartAsync(environment, settings, chunkSize, cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Ingest run {runId} started: {chunks.Count} chunk(s) of up to {chunkSize:N0} calls enqueued for ia worker; watch it with: ia runs --db …"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or TimeZoneNotFoundException
            or InvalidTimeZoneException or Ingestion.Calls.ColumnMappingException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
