using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads a transcript file of any supported format into a <see cref="LabelledTranscript"/>: detects the format (or
/// checks the forced one), then hands the file to its reader. Our JSON and text formats come back with their role labels
/// declared (<see cref="LabelledTranscript.FromRoles"/>). Thread-safe: holds no state.
/// </summary>
public static class TranscriptParser
{
    /// <summary>Parses one transcript file.</summary>
    /// <param name="bytes">The file's bytes; UTF-8, with or without a byte-order mark.</param>
    /// <param name="extension">The file's extension, e.g. <c>.json</c> (with or without the dot, any case).</param>
    /// <param name="callId">
    /// The call id, from the file name. It is always the transcript's call id: ids inside vendor files (Transcribe's
    /// <c>jobName</c>, Contact Lens' <c>ContactId</c>) are ignored; our JSON's optional <c>call_id</c> must equal it.
    /// </param>
    /// <param name="forcedFormat">
    /// A name from <see cref="TranscriptFormatNames"/> to read the file as, whatever its extension (a JSON format must
    /// still match the file's shape); <see langword="null"/> or <c>auto</c> to detect.
    /// </param>
    /// <returns>The transcript and the name of the format it was read as.</returns>
    /// <exception cref="TranscriptFormatException">The file cannot be read; the message says where and why.</exception>
    /// <exception cref="ArgumentException"><paramref name="forcedFormat"/> is not a format name.</exception>
    public static (LabelledTranscript Transcript, string Format) Parse(
        ReadOnlyMemory<byte> bytes, string extension, string callId, string? forcedFormat)
    {
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentNullException.ThrowIfNull(callId);
        if (!TranscriptFormatNames.TryParse(forcedFormat, out var forced))
        {
            throw new ArgumentException(
                $"Unknown transcript format '{forcedFormat}'; expected auto or one of {string.Join(", ", TranscriptFormatNames.All)}.",
                nameof(forcedFormat));
        }

        bytes = VendorJson.SkipBom(bytes);
        if (forced == TranscriptFormatNames.Text || (forced is null && TranscriptFormatDetector.IsTextExtension(extension)))
        {
            // Invalid UTF-8 becomes U+FFFD, as a StreamReader would read it.
            var text = Encoding.UTF8.GetString(bytes.Span);
            var transcript = TextTranscriptReader.Parse(new StringReader(text), callId);
            return (LabelledTranscript.FromRoles(transcript), TranscriptFormatNames.Text);
        }

        if (forced is null && !TranscriptFormatDetector.IsJsonExtension(extension))
        {
            throw new TranscriptFormatException($"unsupported transcript file type '{extension}'; expected .json or .txt");
        }

        using var document = VendorJson.Parse(bytes);
        var root = document.RootElement;
        var format = TranscriptFormatDetector.Resolve(extension, root, forced);
        var labelled = format switch
        {
            TranscriptFormatNames.AwsTranscribe => AwsTranscribeReader.Parse(root, callId),
            TranscriptFormatNames.AwsCallAnalytics => CallAnalyticsReader.Parse(root, callId),
            TranscriptFormatNames.AzureSpeech => AzureSpeechReader.Parse(root, callId),
            // Our JSON reader parses its bytes itself; the second parse only costs our own, small, format.
            _ => LabelledTranscript.FromRoles(JsonTranscriptReader.Parse(bytes, callId)),
        };
        return (labelled, format);
    }
}
