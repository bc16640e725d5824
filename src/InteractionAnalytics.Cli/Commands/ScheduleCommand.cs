using System.CommandLine;
using InteractionAnalytics.Jobs;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.PostgreSql;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia schedule</c>: registers the nightly distributed ingest as a Hangfire recurring job (docs/distributed.md).</summary>
internal static class ScheduleCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db")
        {
            Description = "The PostgreSQL database of the data and of Hangfire's jobs (Host=… or postgres://…).",
            HelpName = "connection",
            Required = true,
        };
        var cron = new Option<string>("--cron")
        {
            Description = "When the nightly ingest starts, a cron expression (default \"0 2 * * *\": 02:00 every day).",
            DefaultValueFactory = _ => "0 2 * * *",
            HelpName = "expression",
        };
        var exports = new Option<string>("--exports")
        {
            Description = "The folder the nightly exports arrive in, one folder per night (named yyyy-MM-dd); the newest not yet ingested is taken. The same path on every worker.",
            HelpName = "dir",
            Required = true,
        };
        var timeZone = new Option<string>("--time-zone")
        {
            Description = "The IANA time zone the cron expression is read in (default UTC).",
            DefaultValueFactory = _ => "UTC",
            HelpName = "zone",
        };
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = "calls.csv records per chunk (default 5000).",
            DefaultValueFactory = _ => DistributedIngest.DefaultChunkSize,
        };
        var command = new Command("schedule", "Register the nightly ingest as a recurring job that ia worker processes run: the newest export folder under --exports not yet ingested, ingested distributed. Registering again replaces the schedule.")
        {
            db, cron, exports, timeZone, chunkSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = parse.GetRequiredValue(db);
            if (!PostgreSqlConnectionString.IsUrl(database) && !PostgreSqlConnectionString.IsConnectionString(database))
            {
                await context.Error.WriteLineAsync("error: --db must name a PostgreSQL database (Host=… or postgres://…)");
                return ExitCodes.Failure;
            }

            TimeZoneInfo zone;
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(parse.GetRequiredValue(timeZone));
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                await context.Error.WriteLineAsync($"error: --time-zone: {ex.Message}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(chunkSize) < 1)
            {
                await context.Error.WriteLineAsync("error: --chunk-size must be at least 1");
                return ExitCodes.Failure;
            }

            try
            {
                // The data's tables too, so that the database is ready before the first night.
                await (await InteractionDatabase.OpenAsync(database, context.Time, cancellationToken)).DisposeAsync();
                var storage = HangfireStorageFactory.Create(database, null);
                var root = Path.GetFullPath(parse.GetRequiredValue(exports));
                ScheduledIngestJob.Register(storage, parse.GetRequiredValue(cron), zone, new DistributedIngestSettings { ExportDirectory = root }, parse.GetValue(chunkSize));
                await context.Output.WriteLineAsync($"Scheduled '{ScheduledIngestJob.RecurringJobId}': {parse.GetRequiredValue(cron)} ({zone.Id}) over {root}; ia worker processes run it.");
                return ExitCodes.Success;
            }
            catch (ArgumentException ex)
            {
                // Hangfire refuses an invalid cron expression with an ArgumentException.
                await context.Error.WriteLineAsync($"error: --cron: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
