using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Storage.Retention;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>The options <c>ia delete</c> and <c>ia purge</c> share, and how both print what was (or would be) deleted.</summary>
internal static class DeletionOptions
{
    public static Option<bool> DryRun() => new("--dry-run")
    {
        Description = "Count what would be deleted, per table, and change nothing.",
    };

    public static Option<string?> Reason() => new("--reason")
    {
        Description = "Why (e.g. the privacy request's ticket number), kept in the audit entry. Never put the person's data here.",
        HelpName = "text",
    };

    public static Option<string?> By() => new("--by")
    {
        Description = "Who deletes, for the audit entry (default: cli:<os user>).",
        HelpName = "name",
    };

    public static Option<int> BatchSize() => new("--batch-size")
    {
        Description = "Contacts deleted per transaction, 1..10000 (default 1000); each batch also re-links its customers' remaining contacts.",
        HelpName = "n",
        DefaultValueFactory = _ => ContactDeletionRequest.DefaultBatchSize,
    };

    /// <summary>The audit entry's user: <paramref name="by"/> when given, else <c>cli:&lt;os user&gt;</c> as the other commands write it.</summary>
    public static string Actor(string? by) => string.IsNullOrWhiteSpace(by) ? $"cli:{Environment.UserName}" : by.Trim();

    /// <summary>A line per batch on standard error, so a long purge shows it is moving.</summary>
    public static SyncProgress<ContactDeletionProgress> Progress(CliContext context, string command, bool dryRun) => new(p =>
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{command}: batch {p.Batch:N0}: {p.Contacts:N0} contacts {(dryRun ? "counted" : "deleted")} so far, {p.CustomersRelinked:N0} customers re-linked")));

    /// <summary>Writes the summary and the rows per table (every table the deletion touches, zeros included).</summary>
    public static async Task WriteAsync(CliContext context, string what, ContactDeletionResult result)
    {
        var output = context.Output;
        await output.WriteLineAsync(result.DryRun
            ? string.Create(CultureInfo.InvariantCulture, $"Dry run: would delete {result.Contacts:N0} contacts ({what}) and their derived rows. Nothing was changed.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Deleted {result.Contacts:N0} contacts ({what}) and their derived rows in {result.Batches:N0} batch(es); re-linked the repeat chains of {result.CustomersRelinked:N0} customer(s) ({result.OutcomesRelinked:N0} outcomes)."));
        var width = Math.Max(5, result.Tables.Max(t => t.Table.Length));
        await output.WriteLineAsync($"  {"table".PadRight(width)}  {(result.DryRun ? "would delete" : "deleted")}");
        foreach (var table in result.Tables)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table.Table.PadRight(width)}  {table.Rows,12:N0}"));
        }

        if (result.AuditId is { } auditId)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Audit entry {auditId} records the deletion (selector and counts, not the deleted ids)."));
        }
    }
}
