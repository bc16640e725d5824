using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>What to ingest and how.</summary>
public sealed record IngestRequest
{
    /// <summary>The export directory: <c>calls.csv</c> and an optional <c>transcripts/</c> folder.</summary>
    public required string ExportDirectory { get; init; }

    /// <summary>How the export's columns map to v1 fields. Default: v1 itself.</summary>
    public ColumnMapping Mapping { get; init; } = ColumnMapping.Default;

    /// <summary>Time zone for timestamps without a UTC offset; <see langword="null"/> (the default) rejects them.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Contacts per database transaction. Default 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Transcripts per database transaction. Default 100.</summary>
    public int TranscriptBatchSize { get; init; } = 100;

    /// <summary>Largest transcript file read, in bytes; larger files are rejected. Default 64 MiB.</summary>
    public long MaxTranscriptBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Classifies each transcript (intent, root cause, evidence) before it is stored; <see langword="null"/> (the
    /// default here; the CLI passes the default model) stores transcripts unclassified.
    /// </summary>
    public ConversationClassifier? Classifier { get; init; }

    /// <summary>
    /// How repeat contacts are linked after the records are stored (default: a 7-day window, any intent);
    /// <see langword="null"/> skips the post-pass.
    /// </summary>
    public RepeatLinkingOptions? Repeats { get; init; } = new();

    /// <summary>
    /// Measures each transcript (sentiment, conversation dynamics, resolution) before it is stored; <see langword="null"/>
    /// (the default here; the CLI passes the local sentiment scorer and the default resolution rules) skips it.
    /// </summary>
    public ConversationMeasurer? Measurer { get; init; }

    /// <summary>
    /// The transcript format of every file (a name from <c>TranscriptFormatNames</c>, e.g. <c>aws-transcribe</c>);
    /// <see langword="null"/> (the default) detects each file's format (docs/transcript-formats.md).
    /// </summary>
    public string? TranscriptFormat { get; init; }

    /// <summary>
    /// Decides the roles of speaker labels the source does not declare (docs/speaker-roles.md);
    /// <see langword="null"/> (the default here; the CLI passes the default cue rules) uses
    /// <see cref="SpeakerRoleAssigner.WithoutCues"/>.
    /// </summary>
    public SpeakerRoleAssigner? SpeakerRoles { get; init; }

    /// <summary>The center's configured speaker-label → role map (e.g. <c>ch_0=agent,ch_1=customer</c>). Default: empty.</summary>
    public SpeakerRoleMap SpeakerRoleMap { get; init; } = SpeakerRoleMap.Empty;

    /// <summary>
    /// How call recordings in <c>audio/</c> are measured and compared with their transcripts (default: enabled, agent on
    /// channel 0, ffmpeg on PATH for codecs not read natively); <see langword="null"/> skips the recordings.
    /// </summary>
    public AudioIngestOptions? Audio { get; init; } = new();

    /// <summary>
    /// Which kinds of personal data are replaced by placeholders before anything is stored (docs/privacy.md).
    /// Default: all (cards, SSNs, phones, e-mails, long spoken numbers).
    /// </summary>
    public RedactionOptions Redaction { get; init; } = RedactionOptions.All;

    /// <summary>Which classifications go to supervisors' review queue. Default: any confidence below 0.5.</summary>
    public ReviewPolicy Review { get; init; } = new();
}
