namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// How <see cref="VoiceActivityDetector"/> finds speech in one channel's frame levels (docs/audio.md, "Voice activity").
/// The defaults suit telephone call recordings, one party per channel.
/// </summary>
public sealed record VoiceActivityOptions
{
    /// <summary>The options with every default.</summary>
    public static VoiceActivityOptions Default { get; } = new();

    /// <summary>
    /// The frame length in seconds; greater than 0 and at most 1, default 0.020 (20 ms, <see cref="FrameEnergyMeter.DefaultFrameSeconds"/>):
    /// short enough to place a segment edge within 20 ms, long enough to hold two periods of a 100 Hz voice.
    /// </summary>
    public double FrameSeconds { get; init; } = FrameEnergyMeter.DefaultFrameSeconds;

    /// <summary>
    /// The lowest threshold, in dBFS; at most 0, default −50. Frames quieter than this are never speech, however quiet the
    /// channel: telephone speech sits around −26 dBFS (the ITU-T P.56 nominal level) and rarely falls below −45 even for a
    /// soft talker, while line noise and digital silence sit well below −50.
    /// </summary>
    public double AbsoluteThresholdDb { get; init; } = -50;

    /// <summary>
    /// The highest threshold, in dBFS; at least <see cref="AbsoluteThresholdDb"/> and at most 0, default −30. It caps the
    /// noise-relative threshold on a channel that is loud nearly throughout (continuous speech or music with no quiet
    /// tenth to estimate noise from), which would otherwise be set above the channel's own level and find no speech.
    /// </summary>
    public double MaximumThresholdDb { get; init; } = -30;

    /// <summary>
    /// Which percentile of the channel's frame levels estimates its noise floor, in percent; greater than 0 and less than
    /// 100, default 10. Even a talkative party is quiet between words for more than a tenth of a call, so the 10th
    /// percentile is background noise, while a lower one would latch onto rare dropouts.
    /// </summary>
    public double NoiseFloorPercentile { get; init; } = 10;

    /// <summary>
    /// How far above the noise floor a frame must be to count as speech, in dB; 0 or more, default 15. Speech peaks
    /// 20–40 dB above telephone-line noise; 15 dB keeps soft syllables while keeping noise bursts (a few dB) out.
    /// </summary>
    public double NoiseMarginDb { get; init; } = 15;

    /// <summary>
    /// How long speech continues after the level drops below the threshold, in seconds; 0 or more, default 0.3. A quiet
    /// stretch of at most this long between loud frames is bridged (a pause between words, a stop consonant), so segments
    /// closer than this merge. The hangover is not added after the last loud frame: a segment ends where the level dropped,
    /// so its end matches what a listener (and a transcript) would mark.
    /// </summary>
    public double HangoverSeconds { get; init; } = 0.3;

    /// <summary>
    /// The shortest segment kept, in seconds (after bridging); 0 or more, default 0.1. Shorter bursts are dropped: clicks,
    /// line pops and key presses last a frame or two, while even a short "yes" lasts over 150 ms. Inclusive: a segment of
    /// exactly this length is kept.
    /// </summary>
    public double MinimumSpeechSeconds { get; init; } = 0.1;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(FrameSeconds) || FrameSeconds <= 0 || FrameSeconds > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(FrameSeconds), FrameSeconds, "The frame must last more than 0 and at most 1 second.");
        }

        if (!double.IsFinite(AbsoluteThresholdDb) || AbsoluteThresholdDb > 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(AbsoluteThresholdDb), AbsoluteThresholdDb, "The absolute threshold must be a finite level of at most 0 dBFS.");
        }

        if (!double.IsFinite(MaximumThresholdDb) || MaximumThresholdDb > 0 || MaximumThresholdDb < AbsoluteThresholdDb)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaximumThresholdDb), MaximumThresholdDb, "The maximum threshold must be at most 0 dBFS and at least the absolute threshold.");
        }

        if (!double.IsFinite(NoiseFloorPercentile) || NoiseFloorPercentile <= 0 || NoiseFloorPercentile >= 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(NoiseFloorPercentile), NoiseFloorPercentile, "The noise floor percentile must be greater than 0 and less than 100.");
        }

        if (!double.IsFinite(NoiseMarginDb) || NoiseMarginDb < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(NoiseMarginDb), NoiseMarginDb, "The noise margin must be a finite number of dB, 0 or more.");
        }

        if (!double.IsFinite(HangoverSeconds) || HangoverSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(HangoverSeconds), HangoverSeconds, "The hangover must be a finite number of seconds, 0 or more.");
        }

        if (!double.IsFinite(MinimumSpeechSeconds) || MinimumSpeechSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumSpeechSeconds), MinimumSpeechSeconds, "The minimum speech must be a finite number of seconds, 0 or more.");
        }
    }
}
