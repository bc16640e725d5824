using Hangfire;

namespace InteractionAnalytics.Jobs;

/// <summary>Gives Hangfire's workers the jobs of a distributed ingest, built over the process's environment.</summary>
public sealed class IngestJobActivator(DistributedIngestEnvironment environment) : JobActivator
{
    /// <inheritdoc/>
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(IngestChunkJob) ? new IngestChunkJob(environment)
        : jobType == typeof(ScheduledIngestJob) ? new ScheduledIngestJob(environment)
        : base.ActivateJob(jobType);
}
