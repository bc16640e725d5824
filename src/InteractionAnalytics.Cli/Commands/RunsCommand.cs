using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia runs</c>: the history of ingest runs, for the operations engineer.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit") { Description = "How many of the most recent runs to show (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("runs", "List recent ingest runs: when, over which export, read/stored/rejected, and how they ended.") { db, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var runs = await database.Runs.GetRecentRunsAsync(Math.Max(1, parse.GetValue(limit)), cancellationToken);
            if (runs.Count == 0)
            {
                await context.Output.WriteLineAsync("No ingest runs yet. Run: ia ingest <export-dir>");
                return ExitCodes.Success;
            }

            foreach (var run in runs)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"run {run.RunId,4}  {run.StartedAt:yyyy-MM-dd HH:mm:ss}Z  {run.Status.ToString().ToLowerInvariant(),-9}  read {run.Read,8:N0}  stored {run.Stored,8:N0}  rejected {run.Rejected,6:N0}  {run.Source}"));
                if (run.Error is not null)
                {
                    await context.Output.WriteLineAsync($"          error: {run.Error}");
                }

                if (run.Redactions is { Total: > 0 } pii)
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"          redacted: {pii.Cards:N0} card numbers, {pii.Ssns:N0} SSNs, {pii.Phones:N0} phone numbers, {pii.Emails:N0} e-mail addresses, {pii.SpokenNumbers:N0} long spoken numbers"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
