using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Jobs;

/// <summary>Logs the start and end of every job a worker performs (the worker writes logs to standard error).</summary>
public sealed partial class JobLogFilter(ILogger logger) : IServerFilter
{
    /// <inheritdoc/>
    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogJobStarted(context.BackgroundJob.Id, context.BackgroundJob.Job.Method.Name);
    }

    /// <inheritdoc/>
    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is { } error)
        {
            LogJobFailed(error, context.BackgroundJob.Id, context.BackgroundJob.Job.Method.Name, error.Message);
        }
        else
        {
            LogJobDone(context.BackgroundJob.Id, context.BackgroundJob.Job.Method.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Method}) started")]
    private partial void LogJobStarted(string jobId, string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Method}) done")]
    private partial void LogJobDone(string jobId, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Method}) failed: {Message}; Hangfire retries it")]
    private partial void LogJobFailed(Exception exception, string jobId, string method, string message);
}
