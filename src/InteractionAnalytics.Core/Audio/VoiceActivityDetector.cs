using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// Finds speech in one channel from its frame levels: an energy detector with a threshold relative to the channel's own
/// noise floor, a hangover that bridges short pauses, and a minimum length that drops clicks. Pure and thread-safe; the
/// algorithm and its defaults are in docs/audio.md.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Noise floor: the <see cref="VoiceActivityOptions.NoiseFloorPercentile"/> percentile (nearest rank) of the levels.</item>
/// <item>Threshold: noise floor + <see cref="VoiceActivityOptions.NoiseMarginDb"/>, raised to at least
/// <see cref="VoiceActivityOptions.AbsoluteThresholdDb"/> and capped at <see cref="VoiceActivityOptions.MaximumThresholdDb"/>.
/// A frame at or above the threshold is loud.</item>
/// <item>Loud frames separated by at most <see cref="VoiceActivityOptions.HangoverSeconds"/> of quiet frames form one
/// segment, from the start of its first loud frame to the end of its last.</item>
/// <item>Segments shorter than <see cref="VoiceActivityOptions.MinimumSpeechSeconds"/> are dropped.</item>
/// </list>
/// Levels are in dBFS; a NaN level counts as quiet. Frame <c>i</c> covers <c>i × FrameSeconds</c> to
/// <c>(i + 1) × FrameSeconds</c>.
/// </remarks>
public static class VoiceActivityDetector
{
    /// <summary>Finds the speech segments in one channel's frame levels.</summary>
    /// <param name="frameLevelsDb">One level per frame, in dBFS, in time order.</param>
    /// <param name="options">The detector's settings; <see langword="null"/> for <see cref="VoiceActivityOptions.Default"/>.</param>
    /// <returns>The speech segments in seconds from the start of the recording, in time order, disjoint and not touching.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<SecondsInterval> Detect(ReadOnlySpan<float> frameLevelsDb, VoiceActivityOptions? options = null)
    {
        options ??= VoiceActivityOptions.Default;
        options.Validate();
        return Detect(frameLevelsDb, options, ThresholdDb(frameLevelsDb, options));
    }

    /// <summary>
    /// The channel's noise floor in dBFS: the <see cref="VoiceActivityOptions.NoiseFloorPercentile"/> percentile (nearest
    /// rank) of its frame levels; <see cref="FrameEnergyMeter.FloorDb"/> when there are no frames.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static double NoiseFloorDb(ReadOnlySpan<float> frameLevelsDb, VoiceActivityOptions? options = null)
    {
        options ??= VoiceActivityOptions.Default;
        options.Validate();
        if (frameLevelsDb.IsEmpty)
        {
            return FrameEnergyMeter.FloorDb;
        }

        var sorted = frameLevelsDb.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (float.IsNaN(sorted[i]))
            {
                sorted[i] = FrameEnergyMeter.FloorDb;
            }
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(options.NoiseFloorPercentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>
    /// The level in dBFS at or above which a frame of this channel is loud: noise floor + margin, at least the absolute
    /// threshold and at most the maximum threshold.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static double ThresholdDb(ReadOnlySpan<float> frameLevelsDb, VoiceActivityOptions? options = null)
    {
        options ??= VoiceActivityOptions.Default;
        var relative = NoiseFloorDb(frameLevelsDb, options) + options.NoiseMarginDb;
        return Math.Min(Math.Max(relative, options.AbsoluteThresholdDb), options.MaximumThresholdDb);
    }

    /// <summary>The segments of frames at or above <paramref name="thresholdDb"/>; <paramref name="options"/> already validated.</summary>
    internal static List<SecondsInterval> Detect(ReadOnlySpan<float> frameLevelsDb, VoiceActivityOptions options, double thresholdDb)
    {
        var frame = options.FrameSeconds;

        // Compare in frames, with a little slack so that 0.3 s / 0.02 s = 14.999… is 15 frames.
        var hangoverFrames = (int)Math.Floor((options.HangoverSeconds / frame) + 1e-6);
        var minimumFrames = (int)Math.Ceiling((options.MinimumSpeechSeconds / frame) - 1e-6);

        var segments = new List<SecondsInterval>();
        int start = -1, end = -1; // the open segment: frames [start, end)
        for (var i = 0; i < frameLevelsDb.Length; i++)
        {
            if (!(frameLevelsDb[i] >= thresholdDb))
            {
                continue;
            }

            if (start >= 0 && i - end <= hangoverFrames)
            {
                end = i + 1;
                continue;
            }

            Close(segments, start, end, minimumFrames, frame);
            start = i;
            end = i + 1;
        }

        Close(segments, start, end, minimumFrames, frame);
        return segments;
    }

    private static void Close(List<SecondsInterval> segments, int start, int end, int minimumFrames, double frame)
    {
        if (start >= 0 && end - start >= minimumFrames)
        {
            segments.Add(new SecondsInterval(start * frame, end * frame));
        }
    }
}
