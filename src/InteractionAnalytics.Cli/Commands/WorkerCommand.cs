using System.CommandLine;
using System.Globalization;
using Hangfire;
using InteractionAnalytics.Jobs;
using InteractionAnalytics.Storage.PostgreSql;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia worker</c>: a Hangfire server that runs the chunks of distributed ingests (docs/distributed.md).</summary>
internal static partial class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db")
        {
            Description = "The PostgreSQL database of the data and of Hangfire's jobs: a connection string (Host=…) or a URL (postgres://…); docs/distributed.md.",
            HelpName = "connection",
            Required = true,
        };
        var workers = new Option<int>("--workers")
        {
            Description = "Jobs run at the same time in this process (default: the number of processors).",
            DefaultValueFactory = _ => System.Environment.ProcessorCount,
        };
        var queues = new Option<string>("--queues")
        {
            Description = "Comma-separated Hangfire queues this worker takes jobs from (default: default).",
            DefaultValueFactory = _ => "default",
            HelpName = "queue,...",
        };
        var invisibility = new Option<string?>("--invisibility-timeout")
        {
            Description = "How long a dead worker's job stays invisible before another worker runs it again, hh:mm:ss (default: Hangfire's 00:30:00; also IA_WORKER_INVISIBILITY_TIMEOUT). Short values are for tests only (docs/distributed.md).",
            HelpName = "hh:mm:ss",
        };
        var command = new Command("worker", "Run the chunks of distributed ingests (ia ingest --distributed) until Ctrl+C or SIGTERM: a Hangfire server on the PostgreSQL database. Any number of workers, on any machines that see the exports at the same path.")
        {
            db, workers, queues, invisibility,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = parse.GetRequiredValue(db);
            if (!PostgreSqlConnectionString.IsUrl(database) && !PostgreSqlConnectionString.IsConnectionString(database))
            {
                await context.Error.WriteLineAsync("error: --db must name a PostgreSQL database (Host=… or postgres://…); the embedded SQLite database needs no worker");
                return ExitCodes.Failure;
            }

            var timeoutText = parse.GetValue(invisibility) ?? System.Environment.GetEnvironmentVariable("IA_WORKER_INVISIBILITY_TIMEOUT");
            TimeSpan? timeout = null;
            if (timeoutText is not null)
            {
                if (!TimeSpan.TryParse(timeoutText, CultureInfo.InvariantCulture, out var parsed) || parsed <= TimeSpan.Zero)
                {
                    await context.Error.WriteLineAsync($"error: --invisibility-timeout: '{timeoutText}' is not a positive hh:mm:ss duration");
                    return ExitCodes.Failure;
                }

                timeout = parsed;
            }

            if (parse.GetValue(workers) < 1)
            {
                await context.Error.WriteLineAsync("error: --workers must be at least 1");
                return ExitCodes.Failure;
            }

            var logger = context.Logging.CreateLogger("worker");
            var environment = DistributedRequests.Environment(context, database, timeout);
            GlobalJobFilters.Filters.Add(new JobLogFilter(logger));
            var options = new BackgroundJobServerOptions
            {
                WorkerCount = parse.GetValue(workers),
                Queues = parse.GetRequiredValue(queues).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Activator = new IngestJobActivator(environment),
                ServerName = $"{System.Environment.MachineName}:{System.Environment.ProcessId}",
            };
            using (new BackgroundJobServer(options, environment.Storage))
            {
                var queueList = string.Join(",", options.Queues);
                var timeoutShown = timeout?.ToString("c", CultureInfo.InvariantCulture) ?? "00:30:00";
                LogStarted(logger, options.ServerName, options.WorkerCount, queueList, timeoutShown);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: disposing the server asks running jobs to stop and returns theirs to the queue.
                }

                LogStopping(logger);
            }

            LogStopped(logger);
            return ExitCodes.Success;
        });
        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Server} started: {Workers} worker(s) on queue(s) {Queues}, invisibility timeout {Timeout}")]
    private static partial void LogStarted(ILogger logger, string server, int workers, string queues, string timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker stopping: running jobs finish or go back to the queue")]
    private static partial void LogStopping(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker stopped")]
    private static partial void LogStopped(ILogger logger);
}
