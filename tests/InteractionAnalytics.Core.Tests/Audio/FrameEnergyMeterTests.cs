using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Core.Tests.Audio;

public sealed class FrameEnergyMeterTests
{
    // 20·log10(1/√2) and 20·log10(1/2): a full-scale sine and a half-scale square wave.
    private const double SineDb = -3.0103;
    private const double HalfSquareDb = -6.0206;

    /// <summary>A 1 kHz sine at 8 kHz: exactly 8 samples a period, 20 periods a 20 ms frame.</summary>
    private static short[] Sine(int samples, double amplitude = 32767) =>
        [.. Enumerable.Range(0, samples).Select(i => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * 1000 * i / 8000)))];

    private static short[] Interleave(short[] left, short[] right) => [.. left.Zip(right).SelectMany(p => new[] { p.First, p.Second })];

    [Test]
    public void Add_FullScaleSine_Minus3Dbfs()
    {
        var meter = new FrameEnergyMeter(8000, 1);

        meter.Add(Sine(8000));
        var levels = meter.Complete();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(meter.FrameSamples, Is.EqualTo(160));
            Assert.That(levels.FrameSeconds, Is.EqualTo(0.02).Within(1e-12));
            Assert.That(levels.SampleFrames, Is.EqualTo(8000));
            Assert.That(levels.DurationSeconds, Is.EqualTo(1.0));
            Assert.That(levels.LevelsDb[0], Has.Length.EqualTo(50));
            Assert.That(levels.LevelsDb[0], Has.All.EqualTo(SineDb).Within(0.001));
        }
    }

    [Test]
    public void Add_StereoSquareAndSilence_EachChannelOnItsOwn()
    {
        var square = Enumerable.Range(0, 1600).Select(i => (short)(i % 2 == 0 ? 16384 : -16384)).ToArray();
        var meter = new FrameEnergyMeter(8000, 2);

        meter.Add(Interleave(square, new short[1600]));
        var levels = meter.Complete();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(levels.Channels, Is.EqualTo(2));
            Assert.That(levels.LevelsDb[0], Has.Length.EqualTo(10).And.All.EqualTo(HalfSquareDb).Within(0.001));
            Assert.That(levels.LevelsDb[1], Has.Length.EqualTo(10).And.All.EqualTo(FrameEnergyMeter.FloorDb));
        }
    }

    [Test]
    public void Add_FullScale_ZeroDbfs()
    {
        var meter = new FrameEnergyMeter(8000, 1);

        meter.Add(Enumerable.Repeat(short.MinValue, 160).ToArray());

        Assert.That(meter.Complete().LevelsDb[0], Is.EqualTo(new[] { 0f }));
    }

    [Test]
    public void Add_PiecesThatSplitFrames_SameLevelsAsOneCall()
    {
        var left = Sine(3000, 20000);
        var right = Sine(3000, 500);
        var samples = Interleave(left, right);
        var whole = new FrameEnergyMeter(8000, 2);
        whole.Add(samples);
        var pieces = new FrameEnergyMeter(8000, 2);

        // 7 sample frames at a time never lines up with the 160-sample frame.
        for (var i = 0; i < samples.Length; i += 14)
        {
            pieces.Add(samples.AsSpan(i, Math.Min(14, samples.Length - i)));
        }

        var expected = whole.Complete();
        var actual = pieces.Complete();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.SampleFrames, Is.EqualTo(3000));
            Assert.That(actual.LevelsDb[0], Is.EqualTo(expected.LevelsDb[0]));
            Assert.That(actual.LevelsDb[1], Is.EqualTo(expected.LevelsDb[1]));
            Assert.That(actual.LevelsDb[0], Has.Length.EqualTo(19)); // 18 whole frames + 120 of 160 samples (at least half)
        }
    }

    [TestCase(80, 4, TestName = "HalfAFrame_Counts")]
    [TestCase(79, 3, TestName = "LessThanHalf_Dropped")]
    [TestCase(0, 3, TestName = "NoRemainder")]
    public void Complete_TrailingPartialFrame_CountsFromHalf(int extra, int frames)
    {
        var meter = new FrameEnergyMeter(8000, 1);
        var samples = new short[(3 * 160) + extra];
        samples.AsSpan(480).Fill(8192); // the partial frame is a constant quarter scale: 20·log10(1/4) = −12.04 dBFS

        meter.Add(samples);
        var levels = meter.Complete().LevelsDb[0];

        Assert.That(levels, Has.Length.EqualTo(frames));
        if (frames == 4)
        {
            Assert.That(levels[3], Is.EqualTo(-12.0412).Within(0.001));
        }
    }

    [Test]
    public void FrameSeconds_RoundedToWholeSamples()
    {
        // 20 ms at 11,025 Hz is 220.5 samples: the meter uses 220, and reports the 19.95 ms it measures.
        var meter = new FrameEnergyMeter(11025, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(meter.FrameSamples, Is.EqualTo(220));
            Assert.That(meter.FrameSeconds, Is.EqualTo(220.0 / 11025));
            Assert.That(new FrameEnergyMeter(48000, 2).FrameSamples, Is.EqualTo(960));
            Assert.That(new FrameEnergyMeter(16000, 1, 0.03).FrameSamples, Is.EqualTo(480));
        }
    }

    [Test]
    public void Add_Misuse_Throws()
    {
        var meter = new FrameEnergyMeter(8000, 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => meter.Add(new short[3]), Throws.ArgumentException.With.Message.Contains("whole number of 2-channel sample frames"));
            var first = meter.Complete();
            Assert.That(() => meter.Add(new short[2]), Throws.InvalidOperationException);
            Assert.That(meter.Complete(), Is.SameAs(first));
            Assert.That(() => new FrameEnergyMeter(0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new FrameEnergyMeter(8000, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new FrameEnergyMeter(8000, 1, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }
}
