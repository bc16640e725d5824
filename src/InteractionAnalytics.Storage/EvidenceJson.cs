using System.Text.Json;
using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Storage;

/// <summary>
/// The stored form of classification evidence: a JSON array of
/// <c>{"label", "kind", "source", "text", "turn", "start", "end", "weight"}</c> (docs/database.md).
/// </summary>
public static class EvidenceJson
{
    /// <summary>Serialises evidence to the stored JSON text.</summary>
    public static string Serialize(IReadOnlyList<ClassificationEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteArray(writer, evidence);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes evidence as a JSON array value (after a property name, or as an array element).</summary>
    public static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<ClassificationEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evidence);
        writer.WriteStartArray();
        foreach (var e in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("label", e.Label);
            writer.WriteString("kind", e.Kind);
            writer.WriteString("source", e.Source);
            writer.WriteString("text", e.Text);
            writer.WriteNumber("turn", e.Turn);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            writer.WriteNumber("weight", e.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the stored JSON text back.</summary>
    public static IReadOnlyList<ClassificationEvidence> Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new ClassificationEvidence(
            e.GetProperty("label").GetString() ?? "",
            e.GetProperty("kind").GetString() ?? "",
            e.GetProperty("source").GetString() ?? "",
            e.GetProperty("text").GetString() ?? "",
            e.GetProperty("turn").GetInt32(),
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            e.GetProperty("weight").GetDouble()))];
    }
}
