using System.Text;
using System.Text.Json;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>Writes one <c>ia classify</c> output line.</summary>
internal static class ClassifyOutputLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string? id, ContactClassification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Write(w =>
        {
            w.WriteString("id", id);
            w.WriteString("intent", c.Intent);
            w.WriteNumber("intent_confidence", Math.Round(c.IntentConfidence, 4));
            w.WriteString("root_cause", c.RootCause);
            w.WriteNumber("root_cause_confidence", Math.Round(c.RootCauseConfidence, 4));
            w.WritePropertyName("evidence");
            EvidenceJson.WriteArray(w, c.Evidence);
            w.WriteString("model_version", c.ModelVersion);
        });
    }

    public static string FormatError(string? id, int line, string error) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteNumber("line", line);
        w.WriteString("error", error);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
