using System.Globalization;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Cli.Output;

/// <summary>
/// Writes a report as an aligned plain-text table: durations as m:ss, rates as percentages, "-" where a
/// metric has no denominator. Plain text (no colour or box drawing) so it reads the same in a terminal, a
/// log file and an e-mail.
/// </summary>
internal static class ReportTableWriter
{
    private static readonly string[] Headers =
        ["Contacts", "Handled", "Abandoned", "Aband. %", "AHT", "Avg talk", "Avg hold", "Avg ACW", "Transfer %", "FCR % (95% CI)", "FCR n", "Window open", "HT/resolution", "Sentiment Δ", "Silence %", "Conv. resolved %"];

    public static void Write(TextWriter output, Report report)
    {
        var grouping = ReportNames.GroupingName(report.Query.GroupBy);
        var title = grouping is null ? "Contacts" : $"Contacts by {grouping}";
        var range = (report.Query.From, report.Query.To) switch
        {
            (null, null) => "all dates",
            ({ } f, null) => $"from {f:yyyy-MM-dd}",
            (null, { } t) => $"to {t:yyyy-MM-dd}",
            ({ } f, { } t) => $"{f:yyyy-MM-dd} to {t:yyyy-MM-dd}",
        };
        output.WriteLine($"{title}, {range} (AHT = (talk + hold + after-call work) / handled; FCR = no repeat within the window; HT/resolution = handle time of finished chains / chains; durations m:ss)");

        var rows = new List<string[]>();
        foreach (var group in report.Groups)
        {
            var label = group.RolledUpAgents > 0
                ? $"{group.Team ?? "(no team)"}: {group.RolledUpAgents} agent(s) under n={report.Query.MinSample}"
                : group.Key ?? ReportNames.MissingLabel(report.Query.GroupBy);
            rows.Add(Row(label, group.Metrics));
        }

        rows.Add(Row("Total", report.Total));
        var firstHeader = grouping is null ? string.Empty : char.ToUpperInvariant(grouping[0]) + grouping[1..].Replace('_', ' ');
        string[] header = [firstHeader, .. Headers];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();

        void WriteRow(string[] cells)
        {
            var parts = cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
            output.WriteLine(string.Join("  ", parts).TrimEnd());
        }

        WriteRow(header);
        WriteRow([.. widths.Select(w => new string('-', w))]);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == rows.Count - 1 && rows.Count > 1)
            {
                WriteRow([.. widths.Select(w => new string('-', w))]);
            }

            WriteRow(rows[i]);
        }

        if (report.FastNotResolving.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Fast but not resolving (AHT and FCR both below the team's; agents with at least {report.Query.MinSample} handled contacts):"));
            foreach (var a in report.FastNotResolving)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {a.AgentId} ({a.Team ?? "no team"}): AHT {Duration(a.AhtSeconds)} vs team {Duration(a.TeamAhtSeconds)}, FCR {Percent(a.FcrRate)} vs team {Percent(a.TeamFcrRate)} (n={a.FcrN}, handled {a.Handled})"));
            }
        }
    }

    private static string[] Row(string key, ContactMetrics m) =>
    [
        key,
        m.Contacts.ToString("N0", CultureInfo.InvariantCulture),
        m.Handled.ToString("N0", CultureInfo.InvariantCulture),
        m.Abandoned.ToString("N0", CultureInfo.InvariantCulture),
        Percent(m.AbandonmentRate),
        Duration(m.AhtSeconds),
        Duration(m.AvgTalkSeconds),
        Duration(m.AvgHoldSeconds),
        Duration(m.AvgAcwSeconds),
        Percent(m.TransferRate),
        m.FcrRate is { } fcr && m.FcrInterval is { } ci
            ? string.Create(CultureInfo.InvariantCulture, $"{fcr * 100:0.0}% ({ci.Lower * 100:0}-{ci.Upper * 100:0})")
            : "-",
        m.FcrN.ToString("N0", CultureInfo.InvariantCulture),
        (m.Pending + m.RepeatedWindowOpen).ToString("N0", CultureInfo.InvariantCulture),
        Duration(m.HandleSecondsPerResolution),
        m.AvgCustomerSentimentChange is { } change ? change.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-",
        Percent(m.SilenceShare),
        Percent(m.ConversationResolvedRate),
    ];

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Duration(double? seconds)
    {
        if (seconds is not { } s)
        {
            return "-";
        }

        var whole = (long)Math.Round(s, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}
