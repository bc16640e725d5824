namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// The level of every frame of every channel of a recording, as <see cref="FrameEnergyMeter"/> measured it; the input
/// of <see cref="VoiceActivityDetector"/> and <see cref="AudioActivityAnalyzer"/>.
/// </summary>
/// <param name="SampleRate">Samples per second per channel, in Hz; greater than 0.</param>
/// <param name="FrameSeconds">
/// The length of one frame in seconds (a whole number of samples, so 0.02 at every common rate); frame <c>i</c> covers
/// <c>i × FrameSeconds</c> to <c>(i + 1) × FrameSeconds</c>. The last frame may be shorter.
/// </param>
/// <param name="SampleFrames">How many samples each channel holds (one sample per channel is one sample frame); 0 or more.</param>
/// <param name="LevelsDb">
/// One array per channel, each holding one RMS level per frame in dBFS (0 = a full-scale square wave, −3.01 = a
/// full-scale sine, <see cref="FrameEnergyMeter.FloorDb"/> = digital silence); every array has the same length.
/// </param>
public sealed record FrameLevels(int SampleRate, double FrameSeconds, long SampleFrames, IReadOnlyList<float[]> LevelsDb)
{
    /// <summary>The number of channels.</summary>
    public int Channels => LevelsDb.Count;

    /// <summary>The recording's length in seconds: <see cref="SampleFrames"/> / <see cref="SampleRate"/>.</summary>
    public double DurationSeconds => SampleRate > 0 ? (double)SampleFrames / SampleRate : 0;
}
