using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>Writes transcripts in the two formats <see cref="JsonTranscriptReader"/> and <see cref="TextTranscriptReader"/> read.</summary>
public static class TranscriptWriter
{
    /// <summary>Writes our generic JSON format (indented, UTF-8).</summary>
    public static void WriteJson(Stream stream, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        // Relaxed escaping keeps apostrophes and accents readable; these files are data, never embedded in HTML.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("call_id", transcript.CallId);
        if (transcript.Language is not null)
        {
            json.WriteString("language", transcript.Language);
        }

        json.WriteStartArray("turns");
        foreach (var turn in transcript.Turns)
        {
            json.WriteStartObject();
            json.WriteString("speaker", SpeakerNames.ToName(turn.Speaker));
            if (turn.StartSeconds is { } start)
            {
                json.WriteNumber("start", Math.Round(start, 2));
            }

            if (turn.EndSeconds is { } end)
            {
                json.WriteNumber("end", Math.Round(end, 2));
            }

            json.WriteString("text", turn.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the plain-text format with <c>[mm:ss]</c> prefixes where turns have a start.</summary>
    public static void WriteText(TextWriter writer, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        foreach (var turn in transcript.Turns)
        {
            if (turn.StartSeconds is { } start)
            {
                var whole = (int)Math.Floor(start);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"[{whole / 60:00}:{whole % 60:00}] "));
            }

            var name = turn.Speaker switch
            {
                Speaker.Agent => "Agent",
                Speaker.Customer => "Customer",
                Speaker.Ivr => "IVR",
                _ => "System",
            };
            writer.Write(name);
            writer.Write(": ");
            writer.Write(turn.Text.ReplaceLineEndings(" "));
            writer.Write('\n');
        }
    }
}
