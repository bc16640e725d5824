using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia rejects</c>: what a run rejected and why, so the export can be fixed at its source.</summary>
internal static class RejectsCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var run = new Option<long?>("--run") { Description = "The run whose rejects to show (default: the most recent run).", HelpName = "id" };
        var limit = new Option<int>("--limit") { Description = "How many rejects to show at most (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("rejects", "List the records a run rejected: file, line, call id and reason.") { db, run, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var runId = parse.GetValue(run);
            if (runId is null)
            {
                var latest = await database.Runs.GetRecentRunsAsync(1, cancellationToken);
                if (latest.Count == 0)
                {
                    await context.Output.WriteLineAsync("No ingest runs yet.");
                    return ExitCodes.Success;
                }

                runId = latest[0].RunId;
            }

            var rejects = await database.Runs.GetRejectsAsync(runId.Value, Math.Max(1, parse.GetValue(limit)), cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Run {runId}: {rejects.Count:N0} reject(s) shown"));
            foreach (var reject in rejects)
            {
                var where = reject.Line is { } line ? $"{reject.File}:{line}" : reject.File;
                var key = reject.RecordKey is null ? string.Empty : $" [{reject.RecordKey}]";
                await context.Output.WriteLineAsync($"  {where}{key}: {reject.Reason}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
