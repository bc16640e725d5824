using System.Text.Json;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Cli.Output;

/// <summary>
/// Writes a report as the stable JSON document described in docs/report-json.md. Field names and meanings
/// never change within a <see cref="SchemaVersion"/>; new fields may be added.
/// </summary>
internal static class ReportJsonWriter
{
    /// <summary>The version of the document's shape.</summary>
    public const int SchemaVersion = 1;

    public static void Write(Stream stream, Report report, DateTimeOffset generatedAt)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schema_version", SchemaVersion);
        json.WriteString("generated_at", generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("filter");
        WriteDate(json, "from", report.Query.From);
        WriteDate(json, "to", report.Query.To);
        json.WriteEndObject();
        if (ReportNames.GroupingName(report.Query.GroupBy) is { } grouping)
        {
            json.WriteString("group_by", grouping);
        }
        else
        {
            json.WriteNull("group_by");
        }

        json.WriteNumber("min_sample", report.Query.MinSample);
        json.WritePropertyName("total");
        WriteMetrics(json, null, report.Total, includeKey: false);
        json.WriteStartArray("groups");
        foreach (var group in report.Groups)
        {
            WriteMetrics(json, group.Key, group.Metrics, includeKey: true, group);
        }

        json.WriteEndArray();
        json.WriteStartArray("fast_not_resolving");
        foreach (var agent in report.FastNotResolving)
        {
            json.WriteStartObject();
            json.WriteString("agent", agent.AgentId);
            WriteNullable(json, "team", agent.Team);
            json.WriteNumber("handled", agent.Handled);
            json.WriteNumber("aht_seconds", agent.AhtSeconds);
            json.WriteNumber("team_aht_seconds", agent.TeamAhtSeconds);
            json.WriteNumber("fcr_rate", agent.FcrRate);
            json.WriteNumber("fcr_n", agent.FcrN);
            json.WriteNumber("team_fcr_rate", agent.TeamFcrRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteMetrics(Utf8JsonWriter json, string? key, ContactMetrics m, bool includeKey, ReportGroup? group = null)
    {
        json.WriteStartObject();
        if (includeKey)
        {
            WriteNullable(json, "key", key);
        }

        if (group is not null)
        {
            // Rows by agent carry the agent's team and, for a roll-up row, how many agents it sums.
            WriteNullable(json, "team", group.Team);
            json.WriteNumber("rolled_up_agents", group.RolledUpAgents);
        }

        json.WriteNumber("contacts", m.Contacts);
        json.WriteNumber("handled", m.Handled);
        json.WriteNumber("abandoned", m.Abandoned);
        WriteNullable(json, "abandonment_rate", m.AbandonmentRate);
        WriteNullable(json, "aht_seconds", m.AhtSeconds);
        WriteNullable(json, "avg_talk_seconds", m.AvgTalkSeconds);
        WriteNullable(json, "avg_hold_seconds", m.AvgHoldSeconds);
        WriteNullable(json, "avg_acw_seconds", m.AvgAcwSeconds);
        json.WriteNumber("transferred", m.Transferred);
        WriteNullable(json, "transfer_rate", m.TransferRate);
        json.WriteNumber("total_handle_seconds", m.TotalHandleSeconds);
        json.WriteNumber("resolved_first_contact", m.ResolvedFirstContact);
        json.WriteNumber("repeated", m.Repeated);
        json.WriteNumber("repeated_window_open", m.RepeatedWindowOpen);
        json.WriteNumber("pending", m.Pending);
        json.WriteNumber("unlinkable", m.Unlinkable);
        json.WriteNumber("fcr_n", m.FcrN);
        WriteNullable(json, "fcr_rate", m.FcrRate);
        WriteNullable(json, "fcr_ci_lower", m.FcrInterval?.Lower);
        WriteNullable(json, "fcr_ci_upper", m.FcrInterval?.Upper);
        WriteNullable(json, "repeat_rate", m.RepeatRate);
        json.WriteNumber("resolved_chains", m.ResolvedChains);
        WriteNullable(json, "handle_seconds_per_resolution", m.HandleSecondsPerResolution);
        WriteNullable(json, "contacts_per_resolution", m.ContactsPerResolution);
        WriteNullable(json, "avg_customer_sentiment_change", m.AvgCustomerSentimentChange);
        json.WriteNumber("sentiment_change_n", m.SentimentChangeN);
        WriteNullable(json, "silence_share", m.SilenceShare);
        json.WriteNumber("conversation_resolved", m.ConversationResolved);
        json.WriteNumber("conversation_unresolved", m.ConversationUnresolved);
        json.WriteNumber("conversation_unknown", m.ConversationUnknown);
        WriteNullable(json, "conversation_resolved_rate", m.ConversationResolvedRate);
        json.WriteNumber("resolution_agreement_n", m.ResolutionAgreementN);
        WriteNullable(json, "resolution_agreement_rate", m.ResolutionAgreementRate);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
