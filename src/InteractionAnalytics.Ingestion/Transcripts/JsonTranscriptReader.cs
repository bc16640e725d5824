using System.Text.Json;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads our generic JSON transcript:
/// <c>{"call_id": "...", "language": "en", "turns": [{"speaker": "agent|customer|ivr|system", "start": 0.0, "end": 3.2, "text": "..."}]}</c>.
/// <c>call_id</c> and <c>language</c> may be omitted (the file name gives the call id); <c>start</c> and
/// <c>end</c> may be omitted or null together or separately. Unknown properties are ignored.
/// </summary>
public static class JsonTranscriptReader
{
    /// <summary>The format's name in the database and in messages.</summary>
    public const string FormatName = "json";

    /// <summary>Parses <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8, with or without a byte-order mark).</param>
    /// <param name="expectedCallId">The call id the file name gives.</param>
    /// <exception cref="TranscriptFormatException">Malformed JSON, a wrong shape, or a call id that differs from the file name.</exception>
    public static Transcript Parse(ReadOnlyMemory<byte> utf8Json, string expectedCallId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            // JsonException's line and byte numbers are 0-based.
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            throw new TranscriptFormatException($"invalid JSON{where} (truncated or corrupt file?)", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new TranscriptFormatException("expected a JSON object with a \"turns\" array");
            }

            var callId = expectedCallId;
            if (root.TryGetProperty("call_id", out var id) && id.ValueKind != JsonValueKind.Null)
            {
                if (id.ValueKind != JsonValueKind.String)
                {
                    throw new TranscriptFormatException("\"call_id\" must be a string");
                }

                callId = id.GetString()!;
                if (!string.Equals(callId, expectedCallId, StringComparison.Ordinal))
                {
                    throw new TranscriptFormatException($"\"call_id\" is '{callId}' but the file name says '{expectedCallId}'");
                }
            }

            string? language = null;
            if (root.TryGetProperty("language", out var lang) && lang.ValueKind == JsonValueKind.String)
            {
                language = lang.GetString();
            }

            if (!root.TryGetProperty("turns", out var turnsElement) || turnsElement.ValueKind != JsonValueKind.Array)
            {
                throw new TranscriptFormatException("missing \"turns\" array");
            }

            var turns = new List<Turn>(turnsElement.GetArrayLength());
            var number = 0;
            foreach (var element in turnsElement.EnumerateArray())
            {
                number++;
                turns.Add(ReadTurn(element, number));
            }

            return new Transcript(callId, language, turns);
        }
    }

    private static Turn ReadTurn(JsonElement element, int number)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException($"turn {number} is not an object");
        }

        if (!element.TryGetProperty("speaker", out var speakerElement) || speakerElement.ValueKind != JsonValueKind.String)
        {
            throw new TranscriptFormatException($"turn {number} has no \"speaker\"");
        }

        var speakerName = speakerElement.GetString()!;
        if (!SpeakerNames.TryParse(speakerName, out var speaker))
        {
            throw new TranscriptFormatException($"turn {number}: unknown speaker '{speakerName}'; expected agent, customer, ivr or system");
        }

        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            throw new TranscriptFormatException($"turn {number} has no \"text\" string");
        }

        return new Turn(speaker, Seconds(element, "start", number), Seconds(element, "end", number), textElement.GetString()!);
    }

    private static double? Seconds(JsonElement turn, string name, int number)
    {
        if (!turn.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            ? seconds
            : throw new TranscriptFormatException($"turn {number}: \"{name}\" must be a number of seconds");
    }
}
