using System.Globalization;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Cli.Output;

/// <summary>
/// Writes a report as CSV: a header, one row per group (<c>scope</c> = <c>group</c>) and a last row with the
/// totals (<c>scope</c> = <c>total</c>, empty key). Durations in seconds and rates in 0..1, unrounded; empty
/// where a metric has no denominator.
/// </summary>
internal static class ReportCsvWriter
{
    public static void Write(TextWriter output, Report report)
    {
        output.WriteLine("scope,group_by,key,contacts,handled,abandoned,abandonment_rate,aht_seconds,avg_talk_seconds,avg_hold_seconds,avg_acw_seconds,transferred,transfer_rate,total_handle_seconds,resolved_first_contact,repeated,repeated_window_open,pending,unlinkable,fcr_n,fcr_rate,fcr_ci_lower,fcr_ci_upper,repeat_rate,resolved_chains,handle_seconds_per_resolution,contacts_per_resolution,avg_customer_sentiment_change,sentiment_change_n,silence_share,conversation_resolved,conversation_unresolved,conversation_unknown,conversation_resolved_rate,resolution_agreement_n,resolution_agreement_rate,team,rolled_up_agents");
        var grouping = ReportNames.GroupingName(report.Query.GroupBy) ?? string.Empty;
        foreach (var group in report.Groups)
        {
            WriteRow(output, "group", grouping, group.Key ?? string.Empty, group.Metrics, group);
        }

        WriteRow(output, "total", grouping, string.Empty, report.Total, null);
    }

    private static void WriteRow(TextWriter output, string scope, string grouping, string key, ContactMetrics m, ReportGroup? group)
    {
        string[] cells =
        [
            scope, grouping, Quote(key),
            Number(m.Contacts), Number(m.Handled), Number(m.Abandoned), Number(m.AbandonmentRate), Number(m.AhtSeconds),
            Number(m.AvgTalkSeconds), Number(m.AvgHoldSeconds), Number(m.AvgAcwSeconds), Number(m.Transferred),
            Number(m.TransferRate), Number(m.TotalHandleSeconds),
            Number(m.ResolvedFirstContact), Number(m.Repeated), Number(m.RepeatedWindowOpen), Number(m.Pending), Number(m.Unlinkable), Number(m.FcrN),
            Number(m.FcrRate), Number(m.FcrInterval?.Lower), Number(m.FcrInterval?.Upper), Number(m.RepeatRate),
            Number(m.ResolvedChains), Number(m.HandleSecondsPerResolution), Number(m.ContactsPerResolution),
            Number(m.AvgCustomerSentimentChange), Number(m.SentimentChangeN), Number(m.SilenceShare), Number(m.ConversationResolved),
            Number(m.ConversationUnresolved), Number(m.ConversationUnknown), Number(m.ConversationResolvedRate),
            Number(m.ResolutionAgreementN), Number(m.ResolutionAgreementRate),
            Quote(group?.Team ?? string.Empty), group is null ? string.Empty : Number(group.RolledUpAgents),
        ];
        output.WriteLine(string.Join(',', cells));
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
