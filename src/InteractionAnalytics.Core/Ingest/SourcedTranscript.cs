using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Ingest;

/// <summary>A valid transcript and where it was read from.</summary>
/// <param name="Transcript">The transcript.</param>
/// <param name="File">Path of the file, relative to the export directory (e.g. <c>transcripts/C-1.json</c>).</param>
/// <param name="Format">The format it was read as, e.g. <c>json</c> or <c>text</c>.</param>
public sealed record SourcedTranscript(Transcript Transcript, string File, string Format)
{
    /// <summary>The contact's classification from this transcript, when the run classifies; stored with the transcript.</summary>
    public ReviewedClassification? Classification { get; init; }

    /// <summary>
    /// How the source's speaker labels became the roles in <see cref="Transcript"/>, when the file labels speakers (every
    /// format does; <see langword="null"/> only for transcripts built in code). Its <see cref="SpeakerRoleResult.Labels"/>
    /// are stored per turn, its assignments in <c>speaker_roles</c>.
    /// </summary>
    public SpeakerRoleResult? Roles { get; init; }

    /// <summary>Sentiment, dynamics and resolution from this transcript, when the run measures; stored with the transcript.</summary>
    public ConversationMeasures? Measures { get; init; }
}
