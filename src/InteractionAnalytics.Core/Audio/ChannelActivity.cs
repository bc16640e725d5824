using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Audio;

/// <summary>The speech found in one channel of a recording.</summary>
/// <param name="Channel">The 0-based channel index.</param>
/// <param name="Role">
/// Whose voice the channel carries (<see cref="Speaker.Agent"/> or <see cref="Speaker.Customer"/>) in a stereo recording;
/// <see langword="null"/> when the recording is analyzed as mono.
/// </param>
/// <param name="NoiseFloorDb">The channel's estimated noise floor in dBFS (see <see cref="VoiceActivityDetector.NoiseFloorDb"/>).</param>
/// <param name="ThresholdDb">The level in dBFS at or above which a frame of this channel counted as loud.</param>
/// <param name="Segments">The speech segments, in seconds from the start of the recording, in time order and disjoint.</param>
public sealed record ChannelActivity(int Channel, Speaker? Role, double NoiseFloorDb, double ThresholdDb, IReadOnlyList<SecondsInterval> Segments)
{
    /// <summary>Seconds of speech in the channel: the sum of the segments' lengths.</summary>
    public double SpeechSeconds => Segments.Sum(s => s.LengthSeconds);
}
