namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>The file names of export format v1 (docs/export-format.md).</summary>
public static class ExportLayout
{
    /// <summary>The contacts file, at the export's root.</summary>
    public const string CallsFile = "calls.csv";

    /// <summary>The transcripts folder, at the export's root: one <c>&lt;call_id&gt;.json</c> or <c>.txt</c> per contact.</summary>
    public const string TranscriptsFolder = "transcripts";

    /// <summary>The call recordings folder, at the export's root: one <c>&lt;call_id&gt;.wav</c> per contact (docs/audio.md).</summary>
    public const string AudioFolder = "audio";

    /// <summary>The extension of call recordings, <c>.wav</c>.</summary>
    public const string AudioExtension = ".wav";
}
