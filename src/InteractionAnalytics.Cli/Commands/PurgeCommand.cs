using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Core.Durations;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Retention;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia purge</c>: the retention job, deleting contacts older than a duration with everything derived from them (docs/retention.md).</summary>
internal static class PurgeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var olderThan = new Option<string>("--older-than")
        {
            Description = "Delete contacts that started more than this long ago (before now minus it), e.g. 400d, 18h, 2w; and the rejects of ingest runs started before then.",
            HelpName = "duration",
            Required = true,
        };
        var dryRun = DeletionOptions.DryRun();
        var reason = DeletionOptions.Reason();
        var by = DeletionOptions.By();
        var batchSize = DeletionOptions.BatchSize();
        var command = new Command(
            "purge",
            "Delete every contact that started before now minus --older-than, and everything derived from it, in batches (a line per batch on " +
            "standard error); delete the rejects of ingest runs started before then; re-link the remaining repeat chains; audit the purge. " +
            "Nothing to purge is not an error.")
        {
            db, olderThan, dryRun, reason, by, batchSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TimeSpan age;
            try
            {
                age = DurationText.Parse(parse.GetRequiredValue(olderThan));
            }
            catch (FormatException e)
            {
                await context.Error.WriteLineAsync($"error: --older-than: {e.Message}");
                return ExitCodes.Failure;
            }

            var size = parse.GetValue(batchSize);
            if (size is < 1 or > 10_000)
            {
                await context.Error.WriteLineAsync("error: --batch-size must be 1..10000");
                return ExitCodes.Failure;
            }

            var now = context.Time.GetUtcNow();
            var cutoff = now - age;
            var dry = parse.GetValue(dryRun);
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var request = new ContactDeletionRequest(ContactSelector.Before(cutoff), DeletionOptions.Actor(parse.GetValue(by)), now, parse.GetValue(reason), dry)
            {
                BatchSize = size,
            };
            var result = await database.Deleter.DeleteAsync(request, DeletionOptions.Progress(context, "purge", dry), cancellationToken);
            var what = string.Create(CultureInfo.InvariantCulture, $"started before {cutoff.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, older than {DurationText.Format(age)}");
            if (result.Contacts == 0 && result.RowsOf("rejects") == 0)
            {
                // Still audited on a real run: the entry shows the retention job ran.
                await context.Output.WriteLineAsync($"Nothing to purge: no contact {what}, and no rejects of ingest runs started before then.");
                if (result.AuditId is { } auditId)
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Audit entry {auditId} records the purge."));
                }

                return ExitCodes.Success;
            }

            await DeletionOptions.WriteAsync(context, what, result);
            return ExitCodes.Success;
        });
        return command;
    }
}
