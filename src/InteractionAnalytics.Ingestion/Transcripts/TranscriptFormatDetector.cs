using System.Text.Json;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Decides a transcript file's format from its extension and, for <c>.json</c>, the shape of its root object:
/// <c>turns</c> array → <c>json</c>; <c>results</c> object with <c>items</c>, <c>transcripts</c> or
/// <c>audio_segments</c> → <c>aws-transcribe</c>; <c>Transcript</c> array whose entries have <c>ParticipantRole</c>
/// or <c>ParticipantId</c> (or a <c>Participants</c> array beside it) → <c>aws-call-analytics</c>;
/// <c>recognizedPhrases</c> array → <c>azure-speech</c>. Property names are matched case-sensitively, as the vendors
/// write them.
/// </summary>
public static class TranscriptFormatDetector
{
    private const string Expected =
        "expected a \"turns\" array (json), a \"results\" object with \"items\", \"transcripts\" or \"audio_segments\" " +
        "(aws-transcribe), a \"Transcript\" array of entries with \"ParticipantRole\" or \"ParticipantId\" (aws-call-analytics), " +
        "or a \"recognizedPhrases\" array (azure-speech)";

    /// <summary>Whether <paramref name="extension"/> (with or without the dot, any case) is <c>.txt</c>.</summary>
    public static bool IsTextExtension(string extension) => Is(extension, "txt");

    /// <summary>Whether <paramref name="extension"/> (with or without the dot, any case) is <c>.json</c>.</summary>
    public static bool IsJsonExtension(string extension) => Is(extension, "json");

    /// <summary>Detects the format of a file.</summary>
    /// <param name="extension">The file's extension, e.g. <c>.json</c> (with or without the dot, any case).</param>
    /// <param name="root">The parsed root element; required for <c>.json</c>, ignored for <c>.txt</c>.</param>
    /// <returns>One of <see cref="TranscriptFormatNames.All"/>.</returns>
    /// <exception cref="TranscriptFormatException">An unsupported extension, or JSON of no known shape.</exception>
    public static string Detect(string extension, JsonElement? root)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (IsTextExtension(extension))
        {
            return TranscriptFormatNames.Text;
        }

        if (!IsJsonExtension(extension))
        {
            throw new TranscriptFormatException($"unsupported transcript file type '{extension}'; expected .json or .txt");
        }

        return root is { } element
            ? DetectJson(element)
            : throw new ArgumentException("A .json file's root element is needed to detect its format.", nameof(root));
    }

    /// <summary>Detects the format of a parsed JSON file.</summary>
    /// <returns>One of the JSON formats in <see cref="TranscriptFormatNames"/>.</returns>
    /// <exception cref="TranscriptFormatException">The root is not an object, or has none of the shapes looked for.</exception>
    public static string DetectJson(JsonElement root) =>
        TryDetectJson(root) ?? throw new TranscriptFormatException(root.ValueKind == JsonValueKind.Object
            ? $"unknown JSON transcript format: {Expected}"
            : $"unknown JSON transcript format: the root is {Describe(root.ValueKind)}, not an object; {Expected}");

    /// <summary>Detects the format of a parsed JSON file, or returns <see langword="null"/> for an unknown shape.</summary>
    public static string? TryDetectJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("turns"u8, out var turns) && turns.ValueKind == JsonValueKind.Array)
        {
            return TranscriptFormatNames.Json;
        }

        if (root.TryGetProperty("results"u8, out var results)
            && results.ValueKind == JsonValueKind.Object
            && (results.TryGetProperty("items"u8, out _)
                || results.TryGetProperty("transcripts"u8, out _)
                || results.TryGetProperty("audio_segments"u8, out _)))
        {
            return TranscriptFormatNames.AwsTranscribe;
        }

        if (root.TryGetProperty("Transcript"u8, out var transcript)
            && transcript.ValueKind == JsonValueKind.Array
            && (root.TryGetProperty("Participants"u8, out var participants) && participants.ValueKind == JsonValueKind.Array
                || FirstEntryHasParticipant(transcript)))
        {
            return TranscriptFormatNames.AwsCallAnalytics;
        }

        if (root.TryGetProperty("recognizedPhrases"u8, out var phrases) && phrases.ValueKind == JsonValueKind.Array)
        {
            return TranscriptFormatNames.AzureSpeech;
        }

        return null;
    }

    /// <summary>
    /// The format to read a file as: <paramref name="forcedFormat"/> when given and the file matches it, otherwise the
    /// detected one.
    /// </summary>
    /// <param name="extension">The file's extension (with or without the dot, any case).</param>
    /// <param name="root">The parsed root element; required unless the format is, or is forced to be, <c>text</c>.</param>
    /// <param name="forcedFormat">A format name, or <see langword="null"/> / <c>auto</c> to detect.</param>
    /// <exception cref="TranscriptFormatException">
    /// Detection failed, or the file does not have the shape of <paramref name="forcedFormat"/>.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="forcedFormat"/> is not a format name.</exception>
    public static string Resolve(string extension, JsonElement? root, string? forcedFormat)
    {
        if (!TranscriptFormatNames.TryParse(forcedFormat, out var forced))
        {
            throw new ArgumentException(
                $"Unknown transcript format '{forcedFormat}'; expected auto or one of {string.Join(", ", TranscriptFormatNames.All)}.",
                nameof(forcedFormat));
        }

        if (forced is null)
        {
            return Detect(extension, root);
        }

        if (forced == TranscriptFormatNames.Text)
        {
            return forced;
        }

        if (root is not { } element)
        {
            throw new ArgumentException("The file's root element is needed to check a JSON format.", nameof(root));
        }

        var detected = TryDetectJson(element);
        if (detected == forced)
        {
            return forced;
        }

        throw new TranscriptFormatException(detected is null
            ? $"transcript format '{forced}' was requested, but the file does not have its shape: {Expectation(forced)}"
            : $"transcript format '{forced}' was requested, but the file looks like '{detected}'; " +
              $"use --transcript-format {detected} or auto");
    }

    private static bool FirstEntryHasParticipant(JsonElement transcript)
    {
        foreach (var entry in transcript.EnumerateArray())
        {
            return entry.ValueKind == JsonValueKind.Object
                && (entry.TryGetProperty("ParticipantRole"u8, out _) || entry.TryGetProperty("ParticipantId"u8, out _));
        }

        return false;
    }

    private static string Expectation(string format) => format switch
    {
        TranscriptFormatNames.Json => "expected a JSON object with a \"turns\" array",
        TranscriptFormatNames.AwsTranscribe => "expected a \"results\" object with \"items\", \"transcripts\" or \"audio_segments\"",
        TranscriptFormatNames.AwsCallAnalytics =>
            "expected a \"Transcript\" array of entries with \"ParticipantRole\" or \"ParticipantId\", or a \"Participants\" array",
        _ => "expected a \"recognizedPhrases\" array",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static bool Is(string extension, string expected)
    {
        var name = extension.AsSpan();
        if (name.StartsWith('.'))
        {
            name = name[1..];
        }

        return name.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
