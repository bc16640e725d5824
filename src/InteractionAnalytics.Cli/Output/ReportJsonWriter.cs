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

        json.WritePropertyName("total");
        WriteMetrics(json, null, report.Total, includeKey: false);
        json.WriteStartArray("groups");
        foreach (var group in report.Groups)
        {
            WriteMetrics(json, group.Key, group.Metrics, includeKey: true);
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

    private static void WriteMetrics(Utf8JsonWriter json, string? key, ContactMetrics m, bool includeKey)
    {
        json.WriteStartObject();
        if (includeKey)
        {
            if (key is null)
            {
                json.WriteNull("key");
            }
            else
            {
                json.WriteString("key", key);
            }
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
        json.WriteEndObject();
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
