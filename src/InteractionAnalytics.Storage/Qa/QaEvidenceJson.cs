using System.Text.Json;
using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Storage.Qa;

/// <summary>The stored form of an automatic answer's evidence (<c>qa_answers.auto_evidence</c>):
/// <c>{"rule", "turn", "start", "end", "text"}</c>.</summary>
internal static class QaEvidenceJson
{
    public static string? Serialize(QaEvidence? evidence)
    {
        if (evidence is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("rule", evidence.RuleId);
            writer.WriteNumber("turn", evidence.TurnIndex);
            writer.WriteNumber("start", evidence.Start);
            writer.WriteNumber("end", evidence.End);
            writer.WriteString("text", evidence.Text);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The evidence, or <see langword="null"/> when there is none or the stored value is damaged.</summary>
    public static QaEvidence? Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var e = document.RootElement;
            return new QaEvidence(
                e.GetProperty("rule").GetString() ?? "", e.GetProperty("turn").GetInt32(), e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? "");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
