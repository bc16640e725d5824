using Hangfire;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.PostgreSql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InteractionAnalytics.Jobs;

/// <summary>
/// The nightly run as a Hangfire recurring job (<c>ia schedule</c>, docs/distributed.md): when it fires, it takes the newest
/// export folder under the root (by name: folders named <c>yyyy-MM-dd</c> sort by date) that has a <c>calls.csv</c> and no
/// completed or running ingest run, and starts a distributed ingest of it. Nothing new: nothing to do.
/// </summary>
public sealed partial class ScheduledIngestJob
{
    /// <summary>The recurring job's id: one nightly schedule per database.</summary>
    public const string RecurringJobId = "nightly-ingest";

    private readonly DistributedIngestEnvironment _environment;
    private readonly ILogger<ScheduledIngestJob> _logger;

    /// <summary>Creates the job's host for one worker process.</summary>
    public ScheduledIngestJob(DistributedIngestEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
        _logger = environment.Logging.CreateLogger<ScheduledIngestJob>();
    }

    /// <summary>Registers (or replaces) the nightly schedule.</summary>
    /// <param name="storage">Hangfire's storage.</param>
    /// <param name="cron">When it fires, a cron expression (e.g. <c>0 2 * * *</c>: 02:00 every day).</param>
    /// <param name="timeZone">The time zone the expression is read in.</param>
    /// <param name="settings">The ingest options; <see cref="DistributedIngestSettings.ExportDirectory"/> is the root of the export folders.</param>
    /// <param name="chunkSize">Records of <c>calls.csv</c> per chunk.</param>
    public static void Register(JobStorage storage, string cron, TimeZoneInfo timeZone, DistributedIngestSettings settings, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = Path.GetFullPath(settings.ExportDirectory);
        var rooted = settings with { ExportDirectory = root };
        new RecurringJobManager(storage).AddOrUpdate<ScheduledIngestJob>(
            RecurringJobId, job => job.RunAsync(rooted, chunkSize, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = timeZone });
    }

    /// <summary>Starts the distributed ingest of the newest export under the root not yet ingested, if any.</summary>
    /// <param name="settings">The ingest options; <see cref="DistributedIngestSettings.ExportDirectory"/> is the root.</param>
    /// <param name="chunkSize">Records of <c>calls.csv</c> per chunk.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(DistributedIngestSettings settings, int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var candidates = Directory.Exists(settings.ExportDirectory)
            ? Directory.EnumerateDirectories(settings.ExportDirectory)
                .Where(d => File.Exists(Path.Combine(d, "calls.csv")))
                .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
                .ToList()
            : [];
        // Opening the database creates its tables on a new one, so the query below finds ingest_runs.
        await (await InteractionDatabase.OpenAsync(_environment.Database, _environment.Time, cancellationToken)).DisposeAsync();
        await using var dataSource = NpgsqlDataSource.Create(PostgreSqlConnectionString.Parse(_environment.Database).ConnectionString);
        foreach (var folder in candidates)
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM ingest_runs WHERE source = @source AND status IN ('completed', 'running')");
            command.Parameters.AddWithValue("source", Path.GetFullPath(folder));
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                // The newest export is ingested already: older ones are the operator's to rerun by hand.
                LogNothingNew(settings.ExportDirectory, folder);
                return;
            }

            var (runId, chunks) = await DistributedIngest.StartAsync(_environment, settings with { ExportDirectory = folder }, chunkSize, cancellationToken);
            LogScheduled(folder, runId, chunks.Count);
            return;
        }

        LogNothingNew(settings.ExportDirectory, "(none)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled ingest: {Folder} is run {RunId}, {Chunks} chunk(s) enqueued")]
    private partial void LogScheduled(string folder, long runId, int chunks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled ingest: nothing new under {Root} (newest export: {Folder})")]
    private partial void LogNothingNew(string root, string folder);
}
