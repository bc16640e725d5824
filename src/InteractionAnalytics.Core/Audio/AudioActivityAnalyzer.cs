using System.Globalization;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// Measures a call recording from its frame levels: finds speech in each channel with <see cref="VoiceActivityDetector"/>,
/// then, for a stereo recording (one party per channel), turns each channel's speech into agent or customer turns and
/// measures them with <see cref="ConversationDynamics.Compute"/>, so talk, silence and talk-over mean exactly what they mean
/// for transcripts (docs/conversation-dynamics.md). Pure and thread-safe; docs/audio.md has the details.
/// </summary>
public static class AudioActivityAnalyzer
{
    /// <summary>The warning on every mono result.</summary>
    public const string MonoWarning =
        "mono recording: agent and customer share one channel, so talk per party, talk-over and hold cannot be separated";

    /// <summary>The warning when both channels of a stereo recording carry the same audio.</summary>
    public const string SameAudioWarning =
        "both channels carry the same audio (the parties were mixed into each channel), so the recording was analyzed as mono: "
        + "talk per party, talk-over and hold cannot be separated";

    /// <summary>The warning when no channel has speech.</summary>
    public const string NoSpeechWarning = "no speech was detected on any channel";

    // Two channels carry the same audio when, over the frames where either is loud (at least a second of them), 95 % are
    // within 1 dB of each other. Separate parties differ by 20 dB or more even with echo or crosstalk; the same signal
    // through two codec paths differs by a fraction of a dB.
    private const double SameAudioMaxDifferenceDb = 1.0;
    private const double SameAudioShare = 0.95;
    private const double SameAudioMinimumLoudSeconds = 1.0;

    /// <summary>Measures a recording.</summary>
    /// <param name="format">The recording's format; its sample rate and channel count must match <paramref name="levels"/>.</param>
    /// <param name="levels">Every channel's frame levels, from <see cref="FrameEnergyMeter.Complete"/>.</param>
    /// <param name="options">How to measure; <see langword="null"/> for <see cref="AudioActivityOptions.Default"/>. The frame
    /// length used is the one <paramref name="levels"/> were measured with, whatever <see cref="VoiceActivityOptions.FrameSeconds"/> says.</param>
    /// <returns>The metrics: for mono, speech and silence only, with <see cref="MonoWarning"/>; for two channels or more,
    /// party metrics from the first two channels.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The levels do not match the format, or the channels have different frame counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AudioActivityResult Analyze(AudioFormat format, FrameLevels levels, AudioActivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(levels);
        options ??= AudioActivityOptions.Default;
        options.Validate();
        CheckLevels(format, levels);

        var vad = options.VoiceActivity with { FrameSeconds = levels.FrameSeconds };
        vad.Validate();
        var warnings = new List<string>();
        var result = new AudioActivityResult
        {
            Format = format,
            DurationSeconds = levels.DurationSeconds,
            FrameSeconds = levels.FrameSeconds,
            IsStereo = false,
        };

        if (levels.Channels == 1)
        {
            warnings.Add(MonoWarning);
            return Mono(result, Measure(levels, 0, null, vad), options, warnings);
        }

        if (levels.Channels > 2)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the recording has {levels.Channels} channels; only channels 0 and 1 were analyzed (agent on {options.AgentChannel}, customer on {options.CustomerChannel})"));
        }

        var agent = Measure(levels, options.AgentChannel, Speaker.Agent, vad);
        var customer = Measure(levels, options.CustomerChannel, Speaker.Customer, vad);
        if (SameAudio(levels.LevelsDb[0], levels.LevelsDb[1], Threshold(agent, customer, 0), Threshold(agent, customer, 1), levels.FrameSeconds))
        {
            warnings.Add(SameAudioWarning);
            return Mono(result, Measure(levels, 0, null, vad), options, warnings);
        }

        return Stereo(result, agent, customer, options, warnings);
    }

    private static AudioActivityResult Mono(
        AudioActivityResult result, ChannelActivity channel, AudioActivityOptions options, List<string> warnings)
    {
        // The one channel's speech measured as one party: its talk is the speech, and silence is defined as for transcripts.
        var turns = channel.Segments.Select(s => new Turn(Speaker.Agent, s.StartSeconds, s.EndSeconds, "")).ToList();
        var dynamics = ConversationDynamics.Compute(turns, options.Dynamics);
        if (!dynamics.IsComputed)
        {
            warnings.Add(NoSpeechWarning);
            return result with { Channels = [channel], Warnings = warnings };
        }

        return result with
        {
            Channels = [channel],
            SpeechSeconds = dynamics.AgentTalkSeconds ?? 0,
            ConversationSeconds = dynamics.ConversationSeconds,
            SilenceSeconds = dynamics.SilenceSeconds,
            SilenceCount = dynamics.SilenceCount,
            LongestSilenceSeconds = dynamics.LongestSilenceSeconds,
            SilenceShare = dynamics.SilenceShare,
            Silences = dynamics.Silences,
            Warnings = warnings,
        };
    }

    private static AudioActivityResult Stereo(
        AudioActivityResult result, ChannelActivity agent, ChannelActivity customer, AudioActivityOptions options, List<string> warnings)
    {
        ChannelActivity[] channels = agent.Channel < customer.Channel ? [agent, customer] : [customer, agent];
        var turns = new List<Turn>(agent.Segments.Count + customer.Segments.Count);
        turns.AddRange(agent.Segments.Select(s => new Turn(Speaker.Agent, s.StartSeconds, s.EndSeconds, "")));
        turns.AddRange(customer.Segments.Select(s => new Turn(Speaker.Customer, s.StartSeconds, s.EndSeconds, "")));

        var dynamics = ConversationDynamics.Compute(turns, options.Dynamics);
        if (!dynamics.IsComputed)
        {
            warnings.Add(NoSpeechWarning);
            return result with
            {
                IsStereo = true,
                Channels = channels,
                AgentTalkSeconds = 0,
                CustomerTalkSeconds = 0,
                TalkOverCount = 0,
                TalkOverSeconds = 0,
                HoldSeconds = 0,
                Warnings = warnings,
            };
        }

        foreach (var channel in channels.Where(c => c.Segments.Count == 0))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"no speech was detected on channel {channel.Channel} ({SpeakerNames.ToName(channel.Role!.Value)}); check the channel mapping or the recording"));
        }

        // Quiet stretches of at least the hold minimum are possible hold: passed back as declared hold, they leave the
        // silences exactly as transcript dynamics leave a declared hold.
        var holds = dynamics.Silences
            .Where(s => s.LengthSeconds >= options.HoldMinimumSeconds - ConversationDynamics.ToleranceSeconds)
            .ToList();
        if (holds.Count > 0)
        {
            dynamics = ConversationDynamics.Compute(turns, options.Dynamics, holds);
        }

        var agentTalk = dynamics.AgentTalkSeconds ?? 0;
        var customerTalk = dynamics.CustomerTalkSeconds ?? 0;
        var talkOver = dynamics.TalkOverSeconds ?? 0;
        return result with
        {
            IsStereo = true,
            Channels = channels,
            SpeechSeconds = Math.Max(0, agentTalk + customerTalk - talkOver),
            ConversationSeconds = dynamics.ConversationSeconds,
            AgentTalkSeconds = agentTalk,
            CustomerTalkSeconds = customerTalk,
            AgentTalkShare = dynamics.AgentTalkShare,
            TalkOverCount = dynamics.TalkOverCount,
            TalkOverSeconds = talkOver,
            TalkOvers = dynamics.TalkOvers,
            FirstAgentAnswerSeconds = dynamics.FirstAgentAnswerSeconds,
            SilenceSeconds = dynamics.SilenceSeconds,
            SilenceCount = dynamics.SilenceCount,
            LongestSilenceSeconds = dynamics.LongestSilenceSeconds,
            SilenceShare = dynamics.SilenceShare,
            Silences = dynamics.Silences,
            PossibleHolds = holds,
            HoldSeconds = dynamics.HoldSeconds,
            Warnings = warnings,
        };
    }

    private static ChannelActivity Measure(FrameLevels levels, int channel, Speaker? role, VoiceActivityOptions vad)
    {
        var frameLevels = levels.LevelsDb[channel];
        var noiseFloor = VoiceActivityDetector.NoiseFloorDb(frameLevels, vad);
        var threshold = VoiceActivityDetector.ThresholdDb(frameLevels, vad);
        var segments = VoiceActivityDetector.Detect(frameLevels, vad, threshold);

        // A trailing partial frame counts as a whole one; no speech runs past the end of the recording.
        var duration = levels.DurationSeconds;
        segments.RemoveAll(s => s.StartSeconds >= duration);
        if (segments.Count > 0 && segments[^1].EndSeconds > duration)
        {
            segments[^1] = segments[^1] with { EndSeconds = duration };
        }

        return new ChannelActivity(channel, role, noiseFloor, threshold, segments);
    }

    private static double Threshold(ChannelActivity agent, ChannelActivity customer, int channel) =>
        agent.Channel == channel ? agent.ThresholdDb : customer.ThresholdDb;

    private static bool SameAudio(float[] first, float[] second, double firstThreshold, double secondThreshold, double frameSeconds)
    {
        int loud = 0, same = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] >= firstThreshold || second[i] >= secondThreshold)
            {
                loud++;
                if (Math.Abs(first[i] - second[i]) <= SameAudioMaxDifferenceDb)
                {
                    same++;
                }
            }
        }

        return loud * frameSeconds >= SameAudioMinimumLoudSeconds && same >= SameAudioShare * loud;
    }

    private static void CheckLevels(AudioFormat format, FrameLevels levels)
    {
        if (levels.Channels == 0 || levels.Channels != format.Channels || levels.SampleRate != format.SampleRate)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The levels ({levels.Channels} channels at {levels.SampleRate} Hz) do not match the format ({format.Channels} channels at {format.SampleRate} Hz)."),
                nameof(levels));
        }

        var frames = levels.LevelsDb[0]?.Length ?? 0;
        for (var c = 0; c < levels.Channels; c++)
        {
            if (levels.LevelsDb[c] is null || levels.LevelsDb[c].Length != frames)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Channel {c} has a different number of frames than channel 0 ({frames})."),
                    nameof(levels));
            }
        }
    }
}
