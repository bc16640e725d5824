using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Audio;

public sealed class AudioActivityAnalyzerTests
{
    private const double Tolerance = 1e-9;
    private const int Rate = 8000;
    private const double Frame = 0.02;

    /// <summary>One channel's 20 ms frame levels: −20 dBFS speech at each (start, end) in seconds, −100 elsewhere.</summary>
    private static float[] Channel(double seconds, params (double Start, double End)[] speech)
    {
        var levels = new float[(int)Math.Round(seconds / Frame)];
        Array.Fill(levels, -100f);
        foreach (var (start, end) in speech)
        {
            levels.AsSpan((int)Math.Round(start / Frame)..(int)Math.Round(end / Frame)).Fill(-20f);
        }

        return levels;
    }

    private static AudioActivityResult Analyze(double seconds, AudioActivityOptions? options, params float[][] channels) =>
        AudioActivityAnalyzer.Analyze(
            new AudioFormat(Rate, channels.Length, AudioEncoding.Pcm16, "PCM 16-bit"),
            new FrameLevels(Rate, Frame, (long)Math.Round(seconds * Rate), channels),
            options);

    [Test]
    public void Analyze_Stereo_MetricsAsComputedByHand()
    {
        // Agent 0–2 s and 8–9 s, customer 1.5–4 s, nobody 4–8 s, recording 10 s long.
        var result = Analyze(10, null, Channel(10, (0, 2), (8, 9)), Channel(10, (1.5, 4)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.True);
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.DurationSeconds, Is.EqualTo(10));
            Assert.That(result.FrameSeconds, Is.EqualTo(Frame));
            Assert.That(result.Channels.Select(c => (c.Channel, c.Role)), Is.EqualTo(new[] { (0, (Speaker?)Speaker.Agent), (1, Speaker.Customer) }));
            Assert.That(result.Channels[0].Segments, Has.Count.EqualTo(2));
            Assert.That(result.Channels[0].ThresholdDb, Is.EqualTo(-50));
            Assert.That(result.ConversationSeconds, Is.EqualTo(9).Within(Tolerance));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(3).Within(Tolerance));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(2.5).Within(Tolerance));
            Assert.That(result.AgentTalkShare, Is.EqualTo(3 / 5.5).Within(Tolerance));
            Assert.That(result.SpeechSeconds, Is.EqualTo(5).Within(Tolerance)); // 3 + 2.5 − 0.5 overlap
            Assert.That(result.TalkOverCount, Is.EqualTo(1));
            Assert.That(result.TalkOverSeconds, Is.EqualTo(0.5).Within(Tolerance));
            Assert.That(result.TalkOvers[0].StartSeconds, Is.EqualTo(1.5).Within(Tolerance));
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(0));
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.SilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.SilenceShare, Is.EqualTo(4.0 / 9).Within(Tolerance));
            Assert.That(result.Silences[0].StartSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.PossibleHolds, Is.Empty);
            Assert.That(result.HoldSeconds, Is.Zero);
        }
    }

    [Test]
    public void Analyze_Stereo_SameAsTranscriptDynamicsOfTheSegments()
    {
        var agent = Channel(30, (1, 4), (6, 7.5), (12, 20));
        var customer = Channel(30, (3.5, 6), (9, 11.9), (19, 25));

        var result = Analyze(30, null, agent, customer);
        var turns = result.Channels.SelectMany(c => c.Segments.Select(s => new Turn(c.Role!.Value, s.StartSeconds, s.EndSeconds, ""))).ToList();
        var dynamics = ConversationDynamics.Compute(turns);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(dynamics.AgentTalkSeconds));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(dynamics.CustomerTalkSeconds));
            Assert.That(result.TalkOvers, Is.EqualTo(dynamics.TalkOvers));
            Assert.That(result.Silences, Is.EqualTo(dynamics.Silences));
            Assert.That(result.TalkOverCount, Is.EqualTo(2)); // 3.5–4 and 19–20
            Assert.That(result.SilenceCount, Is.Zero); // the longest gap, 7.5–9, is 1.5 s
        }
    }

    [Test]
    public void Analyze_LongQuietStretch_PossibleHoldNotSilence()
    {
        // Agent 0–2, nobody 2–25 (23 s ≥ 20), customer 25–27, nobody 27–31 (4 s: silence), agent 31–32.
        var result = Analyze(32, null, Channel(32, (0, 2), (31, 32)), Channel(32, (25, 27)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PossibleHolds, Has.Count.EqualTo(1));
            Assert.That(result.PossibleHolds[0].StartSeconds, Is.EqualTo(2).Within(Tolerance));
            Assert.That(result.PossibleHolds[0].EndSeconds, Is.EqualTo(25).Within(Tolerance));
            Assert.That(result.HoldSeconds, Is.EqualTo(23).Within(Tolerance));
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.SilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.ConversationSeconds, Is.EqualTo(32).Within(Tolerance));
        }
    }

    [TestCase(20.0, true, TestName = "ExactlyTheMinimum_Hold")]
    [TestCase(19.9, false, TestName = "JustBelow_Silence")]
    public void Analyze_QuietStretchAtHoldMinimum_Inclusive(double gap, bool hold)
    {
        var end = 2 + gap + 1;
        var result = Analyze(end, null, Channel(end, (0, 2)), Channel(end, (2 + gap, end)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PossibleHolds, Has.Count.EqualTo(hold ? 1 : 0));
            Assert.That(result.HoldSeconds, Is.EqualTo(hold ? gap : 0).Within(1e-6));
            Assert.That(result.SilenceSeconds, Is.EqualTo(hold ? 0 : gap).Within(1e-6));
        }
    }

    [Test]
    public void Analyze_Mono_SpeechAndSilenceOnlyWithWarning()
    {
        var result = Analyze(10, null, Channel(10, (1, 3), (7, 8), (8.5, 9)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.False);
            Assert.That(result.Warnings, Is.EqualTo(new[] { AudioActivityAnalyzer.MonoWarning }));
            Assert.That(result.Warnings[0], Is.EqualTo(
                "mono recording: agent and customer share one channel, so talk per party, talk-over and hold cannot be separated"));
            Assert.That(result.Channels.Single().Role, Is.Null);
            Assert.That(result.SpeechSeconds, Is.EqualTo(3.5).Within(Tolerance)); // 2 + 1 + 0.5: the 0.5 s pause is longer than the 0.3 s hangover
            Assert.That(result.ConversationSeconds, Is.EqualTo(8).Within(Tolerance));
            Assert.That(result.SilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.AgentTalkSeconds, Is.Null);
            Assert.That(result.CustomerTalkSeconds, Is.Null);
            Assert.That(result.AgentTalkShare, Is.Null);
            Assert.That(result.TalkOverSeconds, Is.Null);
            Assert.That(result.TalkOverCount, Is.Null);
            Assert.That(result.HoldSeconds, Is.Null);
            Assert.That(result.FirstAgentAnswerSeconds, Is.Null);
        }
    }

    [Test]
    public void Analyze_MonoWithLongQuiet_AllSilenceNoHold()
    {
        var result = Analyze(30, null, Channel(30, (0, 2), (27, 30)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.SilenceSeconds, Is.EqualTo(25).Within(Tolerance));
            Assert.That(result.PossibleHolds, Is.Empty);
            Assert.That(result.HoldSeconds, Is.Null);
        }
    }

    [Test]
    public void Analyze_ChannelsSwappedByOptions_AgentIsChannelOne()
    {
        var options = new AudioActivityOptions { AgentChannel = 1, CustomerChannel = 0 };

        var result = Analyze(10, options, Channel(10, (0, 2)), Channel(10, (3, 8)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(5).Within(Tolerance));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(2).Within(Tolerance));
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(3).Within(Tolerance));
            Assert.That(result.Channels.Select(c => c.Role), Is.EqualTo(new Speaker?[] { Speaker.Customer, Speaker.Agent }));
        }
    }

    [Test]
    public void Analyze_FourChannels_FirstTwoWithWarning()
    {
        var result = Analyze(10, null, Channel(10, (0, 2)), Channel(10, (3, 4)), Channel(10, (0, 10)), Channel(10, (0, 10)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.True);
            Assert.That(result.Channels, Has.Count.EqualTo(2));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(2).Within(Tolerance));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(1).Within(Tolerance));
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                "the recording has 4 channels; only channels 0 and 1 were analyzed (agent on 0, customer on 1)",
            }));
        }
    }

    [Test]
    public void Analyze_BothChannelsCarryTheSameAudio_AnalyzedAsMono()
    {
        var mixed = Channel(10, (0, 2), (3, 6));

        var result = Analyze(10, null, mixed, (float[])mixed.Clone());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.False);
            Assert.That(result.Warnings, Is.EqualTo(new[] { AudioActivityAnalyzer.SameAudioWarning }));
            Assert.That(result.SpeechSeconds, Is.EqualTo(5).Within(Tolerance));
            Assert.That(result.TalkOverSeconds, Is.Null);
        }
    }

    [Test]
    public void Analyze_OneChannelSilent_WarnsAboutIt()
    {
        var result = Analyze(10, null, Channel(10, (0, 2)), Channel(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.CustomerTalkSeconds, Is.Zero);
            Assert.That(result.AgentTalkShare, Is.EqualTo(1));
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                "no speech was detected on channel 1 (customer); check the channel mapping or the recording",
            }));
        }
    }

    [Test]
    public void Analyze_NoSpeechAnywhere_ZeroTalkNullSilence()
    {
        var result = Analyze(5, null, Channel(5), Channel(5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Warnings, Is.EqualTo(new[] { AudioActivityAnalyzer.NoSpeechWarning }));
            Assert.That(result.SpeechSeconds, Is.Zero);
            Assert.That(result.AgentTalkSeconds, Is.Zero);
            Assert.That(result.AgentTalkShare, Is.Null);
            Assert.That(result.ConversationSeconds, Is.Null);
            Assert.That(result.SilenceSeconds, Is.Null);
        }
    }

    [Test]
    public void Analyze_SpeechInTrailingPartialFrame_ClippedToTheDuration()
    {
        // 50 frames but 0.99 s of samples: the last frame holds 12 of its 20 ms.
        var levels = Channel(1, (0.5, 1));
        var result = AudioActivityAnalyzer.Analyze(
            new AudioFormat(Rate, 1, AudioEncoding.Pcm16, "PCM 16-bit"), new FrameLevels(Rate, Frame, 7920, [levels]));

        Assert.That(result.Channels[0].Segments.Single().EndSeconds, Is.EqualTo(0.99).Within(Tolerance));
    }

    [Test]
    public void Analyze_LevelsDoNotMatchFormat_Throws()
    {
        var levels = new FrameLevels(Rate, Frame, 8000, [Channel(1), Channel(1)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AudioActivityAnalyzer.Analyze(new AudioFormat(Rate, 1, AudioEncoding.Pcm16, "x"), levels), Throws.ArgumentException);
            Assert.That(() => AudioActivityAnalyzer.Analyze(new AudioFormat(16000, 2, AudioEncoding.Pcm16, "x"), levels), Throws.ArgumentException);
            Assert.That(
                () => AudioActivityAnalyzer.Analyze(new AudioFormat(Rate, 2, AudioEncoding.Pcm16, "x"), new FrameLevels(Rate, Frame, 8000, [Channel(1), Channel(2)])),
                Throws.ArgumentException.With.Message.Contains("different number of frames"));
        }
    }

    [TestCase(2, 1)]
    [TestCase(0, 0)]
    [TestCase(1, 1)]
    public void Options_BadChannelRoles_Throw(int agent, int customer)
    {
        var options = new AudioActivityOptions { AgentChannel = agent, CustomerChannel = customer };

        Assert.That(options.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Options_BadHoldMinimumOrNested_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new AudioActivityOptions { HoldMinimumSeconds = 0 }.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(new AudioActivityOptions { Dynamics = new DynamicsOptions { SilenceThresholdSeconds = -1 } }.Validate,
                Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(new AudioActivityOptions { VoiceActivity = new VoiceActivityOptions { HangoverSeconds = -1 } }.Validate,
                Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }
}
