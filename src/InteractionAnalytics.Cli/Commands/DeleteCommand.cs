using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Retention;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia delete</c>: remove contacts by call id or customer key and everything derived from them (docs/retention.md).</summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var calls = new Option<string[]>("--call")
        {
            Description = "A call id to delete (repeat the option or list several after it).",
            HelpName = "id",
            AllowMultipleArgumentsPerToken = true,
        };
        var customers = new Option<string[]>("--customer")
        {
            Description = "A customer key (calls.csv customer_id) whose every contact to delete (repeat the option or list several after it).",
            HelpName = "key",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = DeletionOptions.DryRun();
        var reason = DeletionOptions.Reason();
        var by = DeletionOptions.By();
        var batchSize = DeletionOptions.BatchSize();
        var command = new Command(
            "delete",
            "Delete contacts (by --call or by --customer) and everything derived from them: transcripts, classifications, outcomes, measures, " +
            "corrections, QA evaluations, coaching items, their audit entries and rejects. Re-links the customers' remaining repeat chains and " +
            "audits the deletion without the ids. An unknown id or key is an error and nothing is deleted. A later ingest of an export that " +
            "still holds the contacts stores them again.")
        {
            db, calls, customers, dryRun, reason, by, batchSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var callIds = parse.GetValue(calls) ?? [];
            var customerKeys = parse.GetValue(customers) ?? [];
            if ((callIds.Length == 0) == (customerKeys.Length == 0))
            {
                await context.Error.WriteLineAsync("error: give --call <id>... or --customer <key>... (one of them)");
                return ExitCodes.Failure;
            }

            ContactSelector selector;
            try
            {
                selector = callIds.Length > 0 ? ContactSelector.Calls(callIds) : ContactSelector.Customers(customerKeys);
            }
            catch (ArgumentException)
            {
                await context.Error.WriteLineAsync("error: a call id or customer key is blank");
                return ExitCodes.Failure;
            }

            var size = parse.GetValue(batchSize);
            if (size is < 1 or > 10_000)
            {
                await context.Error.WriteLineAsync("error: --batch-size must be 1..10000");
                return ExitCodes.Failure;
            }

            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var noun = selector.Kind == ContactSelectorKind.Calls ? "call id" : "customer key";
            var unknown = await database.Deleter.FindUnknownAsync(selector, cancellationToken);
            if (unknown.Count > 0)
            {
                // A mistyped id must not look like a completed privacy deletion.
                await context.Error.WriteLineAsync($"error: no stored contact has {noun}(s) {string.Join(", ", unknown)}; nothing was deleted");
                return ExitCodes.Failure;
            }

            var dry = parse.GetValue(dryRun);
            var request = new ContactDeletionRequest(selector, DeletionOptions.Actor(parse.GetValue(by)), context.Time.GetUtcNow(), parse.GetValue(reason), dry)
            {
                BatchSize = size,
            };
            var result = await database.Deleter.DeleteAsync(request, DeletionOptions.Progress(context, "delete", dry), cancellationToken);
            await DeletionOptions.WriteAsync(context, string.Create(CultureInfo.InvariantCulture, $"{selector.Keys.Count:N0} {noun}(s)"), result);
            return ExitCodes.Success;
        });
        return command;
    }
}
