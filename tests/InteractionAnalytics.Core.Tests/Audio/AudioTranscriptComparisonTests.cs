using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Tests.Audio;

public sealed class AudioTranscriptComparisonTests
{
    private static AudioActivityResult Stereo(double agent, double customer, double silence = 10, double longest = 5, double talkOver = 2,
        double conversation = 100, double duration = 110, double hold = 0) => new()
        {
            Format = new AudioFormat(8000, 2, AudioEncoding.Pcm16, "PCM 16-bit"),
            DurationSeconds = duration,
            FrameSeconds = 0.02,
            IsStereo = true,
            ConversationSeconds = conversation,
            AgentTalkSeconds = agent,
            CustomerTalkSeconds = customer,
            SilenceSeconds = silence,
            LongestSilenceSeconds = longest,
            TalkOverSeconds = talkOver,
            HoldSeconds = hold,
        };

    private static DynamicsResult Transcript(double agent, double customer, double silence = 10, double longest = 5, double talkOver = 2,
        double conversation = 100) => new()
        {
            Status = DynamicsStatus.Computed,
            ConversationSeconds = conversation,
            AgentTalkSeconds = agent,
            CustomerTalkSeconds = customer,
            SilenceSeconds = silence,
            LongestSilenceSeconds = longest,
            TalkOverSeconds = talkOver,
            HoldSeconds = 0,
        };

    [TestCase(10, 15, false, TestName = "AbsoluteTolerance_ExactlyFiveSeconds_Agrees")]
    [TestCase(10, 15.01, true, TestName = "AbsoluteTolerance_JustOver_Disagrees")]
    [TestCase(100, 120, false, TestName = "RelativeTolerance_TwentyOfOneTwenty_Agrees")]
    [TestCase(100, 130, true, TestName = "RelativeTolerance_ThirtyOverTwentySix_Disagrees")]
    [TestCase(0, 5, false, TestName = "ZeroAgainstFive_Agrees")]
    public void Compare_AgentTalk_LargerOfAbsoluteAndRelativeTolerance(double audio, double transcript, bool disagrees)
    {
        var result = AudioTranscriptComparison.Compare(Stereo(audio, 40), Transcript(transcript, 40));

        Assert.That(result.Select(d => d.Metric), disagrees ? Is.EqualTo(new[] { "AgentTalkSeconds" }) : Is.Empty);
    }

    [Test]
    public void Compare_Disagreement_ValuesAndExplanation()
    {
        var result = AudioTranscriptComparison.Compare(Stereo(60, 40, talkOver: 12), Transcript(60, 40, talkOver: 1));

        var disagreement = result.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(disagreement.Metric, Is.EqualTo("TalkOverSeconds"));
            Assert.That(disagreement.AudioValue, Is.EqualTo(12));
            Assert.That(disagreement.TranscriptValue, Is.EqualTo(1));
            Assert.That(disagreement.Explanation, Does.StartWith(
                "talk-over: the recording shows 12.0 s, the transcript 1.0 s; they differ by 11.0 s, more than the 5.0 s allowed; audio counts every overlap"));
        }
    }

    [Test]
    public void Compare_EveryMetricOff_AllReportedInOrder()
    {
        var result = AudioTranscriptComparison.Compare(
            Stereo(100, 100, silence: 50, longest: 30, talkOver: 20, conversation: 300, duration: 300),
            Transcript(10, 10, silence: 5, longest: 3, talkOver: 0, conversation: 400));

        Assert.That(result.Select(d => d.Metric), Is.EqualTo(new[]
        {
            "ConversationSeconds", "AgentTalkSeconds", "CustomerTalkSeconds", "SilenceSeconds", "LongestSilenceSeconds", "TalkOverSeconds", "DurationSeconds",
        }));
        Assert.That(result[^1].Explanation, Does.Contain("the transcript's conversation lasts 400.0 s but the recording only 300.0 s"));
    }

    [Test]
    public void Compare_ChannelsSwapped_SaysSo()
    {
        var result = AudioTranscriptComparison.Compare(Stereo(90, 30), Transcript(30, 90));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Select(d => d.Metric), Is.EqualTo(new[] { "AgentTalkSeconds", "CustomerTalkSeconds" }));
            Assert.That(result.Select(d => d.Explanation), Has.All.Contains("the channel mapping looks reversed"));
        }
    }

    [Test]
    public void Compare_UntimedTranscript_NothingToCompare()
    {
        var untimed = new DynamicsResult { Status = DynamicsStatus.Untimed, UntimedReason = "no times" };

        Assert.That(AudioTranscriptComparison.Compare(Stereo(90, 30), untimed), Is.Empty);
    }

    [Test]
    public void Compare_MonoAudio_OnlyConversationAndSilence()
    {
        var mono = Stereo(0, 0, silence: 40, longest: 20, conversation: 60) with
        {
            IsStereo = false,
            AgentTalkSeconds = null,
            CustomerTalkSeconds = null,
            TalkOverSeconds = null,
            HoldSeconds = null,
        };

        var result = AudioTranscriptComparison.Compare(mono, Transcript(30, 20, silence: 5, longest: 4, talkOver: 10, conversation: 100));

        Assert.That(result.Select(d => d.Metric), Is.EqualTo(new[] { "ConversationSeconds", "SilenceSeconds", "LongestSilenceSeconds" }));
    }

    [Test]
    public void Compare_AudioHoldTranscriptSilence_ExplainsHold()
    {
        var result = AudioTranscriptComparison.Compare(Stereo(60, 40, silence: 0, longest: 0, hold: 45), Transcript(60, 40, silence: 45, longest: 45));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Select(d => d.Metric), Is.EqualTo(new[] { "SilenceSeconds", "LongestSilenceSeconds" }));
            Assert.That(result[0].Explanation, Does.Contain("possible hold"));
        }
    }

    [Test]
    public void Compare_CustomTolerance_Used()
    {
        var strict = new AudioComparisonOptions { AbsoluteToleranceSeconds = 1, RelativeTolerance = 0 };

        var result = AudioTranscriptComparison.Compare(Stereo(60, 40), Transcript(61.5, 40), strict);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Single().Metric, Is.EqualTo("AgentTalkSeconds"));
            Assert.That(new AudioComparisonOptions { RelativeTolerance = 2 }.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(new AudioComparisonOptions { AbsoluteToleranceSeconds = -1 }.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }
}
