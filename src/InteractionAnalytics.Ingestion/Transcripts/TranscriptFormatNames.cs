namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// The names of the transcript formats, as stored with each transcript, shown in messages and accepted by
/// <c>--transcript-format</c>. docs/transcript-formats.md describes each.
/// </summary>
public static class TranscriptFormatNames
{
    /// <summary>Not a format: detect the format from the file (the default).</summary>
    public const string Auto = "auto";

    /// <summary>Our generic JSON (<see cref="JsonTranscriptReader"/>).</summary>
    public const string Json = JsonTranscriptReader.FormatName;

    /// <summary>Our plain-text format (<see cref="TextTranscriptReader"/>).</summary>
    public const string Text = TextTranscriptReader.FormatName;

    /// <summary>Amazon Transcribe batch output (<see cref="AwsTranscribeReader"/>).</summary>
    public const string AwsTranscribe = "aws-transcribe";

    /// <summary>Amazon Transcribe Call Analytics and Amazon Connect Contact Lens output (<see cref="CallAnalyticsReader"/>).</summary>
    public const string AwsCallAnalytics = "aws-call-analytics";

    /// <summary>Azure AI Speech batch transcription result files (<see cref="AzureSpeechReader"/>).</summary>
    public const string AzureSpeech = "azure-speech";

    /// <summary>Every format name, in the order detection tries the JSON ones (<see cref="Auto"/> is not included).</summary>
    public static IReadOnlyList<string> All { get; } = [Json, Text, AwsTranscribe, AwsCallAnalytics, AzureSpeech];

    /// <summary>
    /// Parses a <c>--transcript-format</c> value, ignoring case and surrounding white space: a format name gives that
    /// name; <see langword="null"/>, empty or <c>auto</c> gives <see langword="null"/> (detect).
    /// </summary>
    /// <returns><see langword="false"/> when <paramref name="value"/> names no format.</returns>
    public static bool TryParse(string? value, out string? format)
    {
        format = null;
        var trimmed = value.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Equals(Auto, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var name in All)
        {
            if (trimmed.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                format = name;
                return true;
            }
        }

        return false;
    }
}
