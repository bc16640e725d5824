using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>JSON plumbing the vendor readers share: parsing with located errors, time values, and messages.</summary>
internal static class VendorJson
{
    // Vendor files nest further than ours (Contact Lens: ConversationCharacteristics → Sentiment → SentimentByPeriod → …).
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary><paramref name="bytes"/> without a leading UTF-8 byte-order mark, which <see cref="JsonDocument"/> rejects.</summary>
    public static ReadOnlyMemory<byte> SkipBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;

    /// <summary>Parses UTF-8 JSON (a byte-order mark is allowed); malformed JSON becomes a message with line and byte.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(SkipBom(utf8Json), DocumentOptions);
        }
        catch (JsonException ex)
        {
            // JsonException's line and byte numbers are 0-based.
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            {
                // Not a truncated file: a crafted one (or a broken exporter) nesting arrays without end.
                throw new TranscriptFormatException($"invalid JSON: nested deeper than {DocumentOptions.MaxDepth} levels{where}", ex);
            }

            throw new TranscriptFormatException($"invalid JSON{where} (truncated or corrupt file?)", ex);
        }
    }

    /// <summary>Seconds as messages show them: <c>12.30 s</c>.</summary>
    public static string Seconds(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s");

    /// <summary>A value as it appears in the file, shortened for a message.</summary>
    public static string Raw(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), "…");
    }

    /// <summary>The string value of <paramref name="name"/>, or <see langword="null"/> when absent or not a string.</summary>
    public static string? OptionalString(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Reads seconds written as a JSON string (<c>"4.87"</c>, as Amazon Transcribe writes them) or, leniently, as a
    /// JSON number. Infinite and NaN values are refused.
    /// </summary>
    public static bool TryGetSeconds(JsonElement value, out double seconds)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDouble(out seconds) && double.IsFinite(seconds);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            seconds = 0;
            return false;
        }

        // The raw bytes include the quotes. Without escapes they are the value itself, so the common case parses
        // straight from the document's buffer instead of allocating a string per word.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var inner = raw[1..^1];
        var parsed = inner.IndexOf((byte)'\\') < 0
            ? double.TryParse(inner, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds)
            : double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds);
        return parsed && double.IsFinite(seconds);
    }

    /// <summary>Rejects a negative start and an end before the start, naming the fields as the file does.</summary>
    /// <param name="noun">What the file calls the element, e.g. <c>item</c>.</param>
    /// <param name="number">The element's 1-based position in its array.</param>
    /// <param name="startName">The start field's name in the file.</param>
    /// <param name="start">Start, seconds.</param>
    /// <param name="endName">The end field's name in the file.</param>
    /// <param name="end">End, seconds.</param>
    public static void CheckSpan(string noun, int number, string startName, double start, string endName, double end)
    {
        if (start < 0)
        {
            throw new TranscriptFormatException($"{noun} {number}: {startName} {Seconds(start)} is negative");
        }

        if (end < start)
        {
            throw new TranscriptFormatException($"{noun} {number}: {endName} {Seconds(end)} is before {startName} {Seconds(start)}");
        }
    }
}
