using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Ingestion.Audio;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>How the ingest measures call recordings (<c>audio/&lt;call_id&gt;.wav</c>, docs/audio.md).</summary>
public sealed record AudioIngestOptions
{
    /// <summary>Channel roles, voice activity, silence and hold thresholds. Default: <see cref="AudioActivityOptions.Default"/>.</summary>
    public AudioActivityOptions Activity { get; init; } = AudioActivityOptions.Default;

    /// <summary>When a recording and its transcript disagree. Default: <see cref="AudioComparisonOptions.Default"/>.</summary>
    public AudioComparisonOptions Comparison { get; init; } = AudioComparisonOptions.Default;

    /// <summary>Reads the files (and runs ffmpeg for codecs not read natively). Default: ffmpeg on PATH.</summary>
    public AudioFileAnalyzer Analyzer { get; init; } = new();

    /// <summary>Recordings per database transaction. Default 100.</summary>
    public int BatchSize { get; init; } = 100;
}
