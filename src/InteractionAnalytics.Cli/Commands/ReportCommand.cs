using System.CommandLine;
using System.Globalization;
using InteractionAnalytics.Cli.Output;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia report</c>: handle-time metrics for supervisors and for other tools.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var from = new Option<string?>("--from") { Description = "First day included, yyyy-MM-dd, the contacts' local date (inclusive).", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Last day included, yyyy-MM-dd (inclusive).", HelpName = "date" };
        var by = new Option<string?>("--by") { Description = "One row per day, agent, team, queue, intent or root_cause (default: totals only). Unclassified contacts show as (none).", HelpName = "grouping" };
        by.AcceptOnlyFromAmong("day", "agent", "team", "queue", "intent", "root_cause");
        var format = new Option<string>("--format") { Description = "table (default), json (stable shape, docs/report-json.md) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var minSample = new Option<int>("--min-sample")
        {
            Description = $"Agents with fewer handled contacts get no row of their own (rolled up per team) and are left out of the fast-but-not-resolving list (default {ReportQuery.DefaultMinSample}).",
            HelpName = "n",
            DefaultValueFactory = _ => ReportQuery.DefaultMinSample,
        };

        var command = new Command("report", "Outputs next to outcomes: contacts, abandonment, AHT and its parts, transfer rate, first-contact resolution with its 95% interval, repeats and the handle time a resolution really cost; by day, agent, team, queue, intent or root cause.")
        {
            db, from, to, by, format, minSample,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryParseDate(parse.GetValue(from), "--from", context, out var fromDate) || !TryParseDate(parse.GetValue(to), "--to", context, out var toDate))
            {
                return ExitCodes.Failure;
            }

            if (fromDate > toDate)
            {
                await context.Error.WriteLineAsync("error: --from is after --to");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(minSample) < 0)
            {
                await context.Error.WriteLineAsync("error: --min-sample must be 0 or more");
                return ExitCodes.Failure;
            }

            var query = new ReportQuery(fromDate, toDate, ReportNames.ParseGrouping(parse.GetValue(by)), parse.GetValue(minSample));
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var report = await database.Reports.GetReportAsync(query, cancellationToken);
            switch (parse.GetValue(format))
            {
                case "json":
                    using (var buffer = new MemoryStream())
                    {
                        ReportJsonWriter.Write(buffer, report, context.Time.GetUtcNow());
                        await context.Output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }

                    break;
                case "csv":
                    ReportCsvWriter.Write(context.Output, report);
                    break;
                default:
                    ReportTableWriter.Write(context.Output, report);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryParseDate(string? text, string option, CliContext context, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        context.Error.WriteLine($"error: {option} '{text}' is not a date in the form yyyy-MM-dd");
        return false;
    }
}
