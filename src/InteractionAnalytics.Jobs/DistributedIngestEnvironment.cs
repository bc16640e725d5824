using Hangfire;
using InteractionAnalytics.Ingestion.Pipeline;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Jobs;

/// <summary>What the jobs of a distributed ingest need from the process that runs them (the CLI composes it).</summary>
/// <param name="Database">The PostgreSQL database (connection string or URL) of the data and of Hangfire.</param>
/// <param name="Storage">Hangfire's storage on that database (<see cref="HangfireStorageFactory"/>).</param>
/// <param name="CreateRequest">Builds the ingest request a run's settings describe (classifier, measurer, audio options).</param>
/// <param name="Time">The clock.</param>
/// <param name="Logging">Logs: the worker writes them to standard error.</param>
public sealed record DistributedIngestEnvironment(
    string Database,
    JobStorage Storage,
    Func<DistributedIngestSettings, IngestRequest> CreateRequest,
    TimeProvider Time,
    ILoggerFactory Logging);
