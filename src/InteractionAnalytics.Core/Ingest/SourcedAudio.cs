using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Core.Ingest;

/// <summary>A call recording's measures and where the recording was read from.</summary>
/// <param name="CallId">The contact the recording belongs to (its file name without <c>.wav</c>).</param>
/// <param name="File">Path of the file, relative to the export directory (e.g. <c>audio/C-1.wav</c>).</param>
/// <param name="Activity">What the recording shows: voice activity per channel, talk, silence, talk-over, possible hold.</param>
public sealed record SourcedAudio(string CallId, string File, AudioActivityResult Activity)
{
    /// <summary>
    /// Whether the recording was compared with a timestamped transcript of the same contact read in the same run
    /// (<see cref="Disagreements"/> is then the result, possibly empty). Default <see langword="false"/>.
    /// </summary>
    public bool ComparedWithTranscript { get; init; }

    /// <summary>The metrics on which recording and transcript disagree; empty when they agree or were not compared.</summary>
    public IReadOnlyList<AudioDisagreement> Disagreements { get; init; } = [];
}
