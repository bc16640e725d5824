using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>A transcript file read and parsed, its speakers still labels.</summary>
/// <param name="Transcript">The parsed transcript.</param>
/// <param name="File">Path of the file, relative to the export directory (e.g. <c>transcripts/C-1.json</c>).</param>
/// <param name="Format">The format it was read as (a <c>TranscriptFormatNames</c> value).</param>
/// <param name="Warning">Something wrong with the file that did not stop it being read (e.g. invalid UTF-8), for the log; usually <see langword="null"/>.</param>
internal sealed record ParsedTranscriptFile(LabelledTranscript Transcript, string File, string Format, string? Warning = null);
