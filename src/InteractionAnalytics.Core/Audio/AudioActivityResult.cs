using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// What a call recording shows about the conversation, measured by <see cref="AudioActivityAnalyzer.Analyze"/>. All times
/// are seconds from the start of the recording, all "seconds" metrics are 0 or more, and the talk, silence and talk-over
/// metrics follow the definitions of transcript dynamics (docs/conversation-dynamics.md) applied to the detected speech.
/// </summary>
/// <remarks>
/// Party metrics (<see cref="AgentTalkSeconds"/>, <see cref="CustomerTalkSeconds"/>, <see cref="AgentTalkShare"/>,
/// talk-over, <see cref="FirstAgentAnswerSeconds"/>, hold) need one party per channel, so they are <see langword="null"/>
/// unless <see cref="IsStereo"/>. The silence metrics are <see langword="null"/> when no speech was found at all (there is
/// no conversation to measure silence in).
/// </remarks>
public sealed record AudioActivityResult
{
    /// <summary>The recording's format as its header says (for a recording with more than two channels, all of them).</summary>
    public required AudioFormat Format { get; init; }

    /// <summary>The recording's length in seconds: samples per channel / sample rate.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>The frame length the levels were measured with, in seconds (0.02 by default).</summary>
    public required double FrameSeconds { get; init; }

    /// <summary>
    /// Whether the recording was analyzed with one party per channel, so that the party metrics exist. <see langword="false"/>
    /// for a mono recording and for a stereo one whose channels carry the same audio (see <see cref="Warnings"/>).
    /// </summary>
    public required bool IsStereo { get; init; }

    /// <summary>The analyzed channels (one when analyzed as mono, otherwise the first two) and the speech found in each.</summary>
    public IReadOnlyList<ChannelActivity> Channels { get; init; } = [];

    /// <summary>Seconds during which anyone speaks: the length of the union of every analyzed channel's speech.</summary>
    public double SpeechSeconds { get; init; }

    /// <summary>
    /// Seconds from the start of the first speech to the end of the last, on any analyzed channel; <see langword="null"/>
    /// when no speech was found. Quiet before the first and after the last speech (ringing, the line closing) is outside it.
    /// </summary>
    public double? ConversationSeconds { get; init; }

    /// <summary>Seconds of agent speech (the agent channel's speech); stereo only.</summary>
    public double? AgentTalkSeconds { get; init; }

    /// <summary>Seconds of customer speech (the customer channel's speech); stereo only.</summary>
    public double? CustomerTalkSeconds { get; init; }

    /// <summary>Agent talk / (agent + customer talk), from 0 to 1; stereo only, and <see langword="null"/> when neither speaks.</summary>
    public double? AgentTalkShare { get; init; }

    /// <summary>The number of talk-over episodes (both channels speaking at once); stereo only.</summary>
    public int? TalkOverCount { get; init; }

    /// <summary>Total seconds during which both channels speak at once; stereo only.</summary>
    public double? TalkOverSeconds { get; init; }

    /// <summary>The talk-over episodes, in time order; empty unless stereo.</summary>
    public IReadOnlyList<SecondsInterval> TalkOvers { get; init; } = [];

    /// <summary>
    /// Seconds from the start of the recording to the agent's first speech; stereo only, <see langword="null"/> when the agent
    /// never speaks.
    /// </summary>
    public double? FirstAgentAnswerSeconds { get; init; }

    /// <summary>
    /// Total seconds of silence: stretches of the conversation with no speech on any analyzed channel, at least the silence
    /// threshold long (default 3 s, inclusive). In stereo, stretches of possible hold are not silence.
    /// </summary>
    public double? SilenceSeconds { get; init; }

    /// <summary>The number of silences.</summary>
    public int? SilenceCount { get; init; }

    /// <summary>The longest silence in seconds; 0 when there is none.</summary>
    public double? LongestSilenceSeconds { get; init; }

    /// <summary>
    /// <see cref="SilenceSeconds"/> / <see cref="ConversationSeconds"/>, from 0 to 1; <see langword="null"/> when the
    /// conversation lasts 0 s.
    /// </summary>
    public double? SilenceShare { get; init; }

    /// <summary>The silences, in time order.</summary>
    public IReadOnlyList<SecondsInterval> Silences { get; init; } = [];

    /// <summary>
    /// Stretches of the conversation with no speech on either channel lasting at least
    /// <see cref="AudioActivityOptions.HoldMinimumSeconds"/> (default 20 s, inclusive), in time order: possibly hold (or very
    /// long dead air; audio cannot tell which). Empty unless stereo.
    /// </summary>
    public IReadOnlyList<SecondsInterval> PossibleHolds { get; init; } = [];

    /// <summary>Total seconds of <see cref="PossibleHolds"/>; stereo only.</summary>
    public double? HoldSeconds { get; init; }

    /// <summary>
    /// What limits the result, e.g. "mono recording: agent and customer share one channel, so talk per party, talk-over and
    /// hold cannot be separated"; empty when nothing does.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
