using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Tests.Audio;

public sealed class VoiceActivityDetectorTests
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Frame levels (20 ms frames) at <paramref name="background"/> dBFS, with each (from, to, level) run of frames,
    /// <c>from</c> inclusive and <c>to</c> exclusive, set to its level.
    /// </summary>
    private static float[] Levels(int frames, float background, params (int From, int To, float Level)[] runs)
    {
        var levels = new float[frames];
        Array.Fill(levels, background);
        foreach (var (from, to, level) in runs)
        {
            levels.AsSpan(from..to).Fill(level);
        }

        return levels;
    }

    private static void AssertSegments(IReadOnlyList<SecondsInterval> actual, params (double Start, double End)[] expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length), string.Join(", ", actual));
        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.That(actual[i].StartSeconds, Is.EqualTo(expected[i].Start).Within(Tolerance), $"segment {i} start");
                Assert.That(actual[i].EndSeconds, Is.EqualTo(expected[i].End).Within(Tolerance), $"segment {i} end");
            }
        }
    }

    [Test]
    public void Detect_SpeechOverDigitalSilence_OneSegmentAtTheLoudFrames()
    {
        // Noise floor −100 → relative threshold −85, raised to the absolute −50.
        var levels = Levels(100, -100, (10, 60, -20));

        var segments = VoiceActivityDetector.Detect(levels);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.NoiseFloorDb(levels), Is.EqualTo(-100));
            Assert.That(VoiceActivityDetector.ThresholdDb(levels), Is.EqualTo(-50));
        }

        AssertSegments(segments, (0.2, 1.2));
    }

    [Test]
    public void Detect_PauseOfExactlyTheHangover_Bridged()
    {
        // Loud 10–30, quiet 30–45 (15 frames = 0.3 s, the hangover), loud 45–60: one segment, ending at the last loud frame.
        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 30, -20), (45, 60, -20)));

        AssertSegments(segments, (0.2, 1.2));
    }

    [Test]
    public void Detect_PauseLongerThanTheHangover_TwoSegments()
    {
        // Quiet 30–46 is 16 frames = 0.32 s.
        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 30, -20), (46, 60, -20)));

        AssertSegments(segments, (0.2, 0.6), (0.92, 1.2));
    }

    [Test]
    public void Detect_NoHangover_EveryDipSplits()
    {
        var options = new VoiceActivityOptions { HangoverSeconds = 0 };

        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 20, -20), (21, 30, -20)), options);

        AssertSegments(segments, (0.2, 0.4), (0.42, 0.6));
    }

    [Test]
    public void Detect_BurstsBelowMinimum_Dropped()
    {
        // 4 frames (80 ms) is a click; 5 frames (100 ms, the minimum, inclusive) is kept.
        var segments = VoiceActivityDetector.Detect(Levels(200, -100, (10, 14, -10), (100, 105, -10)));

        AssertSegments(segments, (2.0, 2.1));
    }

    [Test]
    public void Detect_ShortBurstsCloseTogether_BridgedThenKept()
    {
        // Three 2-frame syllables 0.1 s apart are too short alone, but bridged they make one 0.46 s segment: bridging comes
        // before the minimum-length rule.
        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 12, -20), (17, 19, -20), (31, 33, -20)));

        AssertSegments(segments, (0.2, 0.66));
    }

    [Test]
    public void Detect_NoisyChannel_ThresholdFollowsTheNoiseFloor()
    {
        // Noise at −48 → threshold −33: the −38 hum swell is not speech, the −20 stretch is.
        var levels = Levels(100, -48, (10, 30, -38), (50, 70, -20));

        var segments = VoiceActivityDetector.Detect(levels);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.NoiseFloorDb(levels), Is.EqualTo(-48));
            Assert.That(VoiceActivityDetector.ThresholdDb(levels), Is.EqualTo(-33));
        }

        AssertSegments(segments, (1.0, 1.4));
    }

    [Test]
    public void ThresholdDb_VeryNoisyChannel_CappedAtMaximum()
    {
        // Noise at −40 would put the threshold at −25; the cap keeps it at −30, so −28 speech still counts.
        var levels = Levels(100, -40, (50, 70, -28));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.ThresholdDb(levels), Is.EqualTo(-30));
            AssertSegments(VoiceActivityDetector.Detect(levels), (1.0, 1.4));
        }
    }

    [Test]
    public void Detect_LoudThroughout_CappedThresholdStillFindsSpeech()
    {
        // No quiet tenth: the floor is the speech itself (−12), floor + 15 = +3, capped at −30.
        var levels = Levels(50, -12);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.ThresholdDb(levels), Is.EqualTo(-30));
            AssertSegments(VoiceActivityDetector.Detect(levels), (0, 1.0));
        }
    }

    [Test]
    public void Detect_QuieterThanAbsoluteThreshold_NoSpeech()
    {
        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 60, -55)));

        Assert.That(segments, Is.Empty);
    }

    [Test]
    public void Detect_NaNLevels_Quiet()
    {
        var segments = VoiceActivityDetector.Detect(Levels(100, -100, (10, 20, -20), (20, 40, float.NaN), (40, 50, -20)));

        AssertSegments(segments, (0.2, 0.4), (0.8, 1.0));
    }

    [Test]
    public void Detect_SpeechToTheLastFrame_EndsAtTheEnd()
    {
        AssertSegments(VoiceActivityDetector.Detect(Levels(50, -100, (40, 50, -20))), (0.8, 1.0));
    }

    [Test]
    public void Detect_NoFrames_NoSegments()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.Detect([]), Is.Empty);
            Assert.That(VoiceActivityDetector.NoiseFloorDb([]), Is.EqualTo(FrameEnergyMeter.FloorDb));
        }
    }

    [Test]
    public void NoiseFloorDb_NearestRankPercentile()
    {
        // 20 levels −100, −95, …, −5: the 10th percentile is rank ⌈0.1 × 20⌉ = 2, i.e. −95; the 50th is rank 10, −55.
        var levels = Enumerable.Range(0, 20).Select(i => -100f + (5 * i)).Reverse().ToArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VoiceActivityDetector.NoiseFloorDb(levels), Is.EqualTo(-95));
            Assert.That(VoiceActivityDetector.NoiseFloorDb(levels, new VoiceActivityOptions { NoiseFloorPercentile = 50 }), Is.EqualTo(-55));
        }
    }

    [Test]
    public void Detect_OtherFrameLength_SecondsScaleWithIt()
    {
        var options = new VoiceActivityOptions { FrameSeconds = 0.01 };

        // 10 ms frames: 0.3 s hangover is 30 frames, 0.1 s minimum is 10.
        var segments = VoiceActivityDetector.Detect(Levels(200, -100, (10, 20, -20), (50, 60, -20), (100, 109, -20)), options);

        AssertSegments(segments, (0.1, 0.6));
    }

    [TestCase(nameof(VoiceActivityOptions.FrameSeconds), 0.0)]
    [TestCase(nameof(VoiceActivityOptions.FrameSeconds), 1.5)]
    [TestCase(nameof(VoiceActivityOptions.AbsoluteThresholdDb), 3.0)]
    [TestCase(nameof(VoiceActivityOptions.MaximumThresholdDb), -60.0)]
    [TestCase(nameof(VoiceActivityOptions.NoiseFloorPercentile), 0.0)]
    [TestCase(nameof(VoiceActivityOptions.NoiseFloorPercentile), 100.0)]
    [TestCase(nameof(VoiceActivityOptions.NoiseMarginDb), -1.0)]
    [TestCase(nameof(VoiceActivityOptions.HangoverSeconds), double.NaN)]
    [TestCase(nameof(VoiceActivityOptions.MinimumSpeechSeconds), -0.1)]
    public void Validate_OutOfRange_Throws(string option, double value)
    {
        var options = option switch
        {
            nameof(VoiceActivityOptions.FrameSeconds) => new VoiceActivityOptions { FrameSeconds = value },
            nameof(VoiceActivityOptions.AbsoluteThresholdDb) => new VoiceActivityOptions { AbsoluteThresholdDb = value },
            nameof(VoiceActivityOptions.MaximumThresholdDb) => new VoiceActivityOptions { MaximumThresholdDb = value },
            nameof(VoiceActivityOptions.NoiseFloorPercentile) => new VoiceActivityOptions { NoiseFloorPercentile = value },
            nameof(VoiceActivityOptions.NoiseMarginDb) => new VoiceActivityOptions { NoiseMarginDb = value },
            nameof(VoiceActivityOptions.HangoverSeconds) => new VoiceActivityOptions { HangoverSeconds = value },
            _ => new VoiceActivityOptions { MinimumSpeechSeconds = value },
        };

        Assert.That(options.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(option));
    }
}
