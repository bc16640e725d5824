namespace InteractionAnalytics.Core.Dynamics;

/// <summary>
/// The dynamics of one conversation, measured from its turn times by <see cref="ConversationDynamics.Compute"/>. All
/// times are seconds; all "seconds" metrics are 0 or more. When <see cref="Status"/> is not
/// <see cref="DynamicsStatus.Computed"/> every metric is <see langword="null"/> and the episode lists are empty. The
/// definitions are in docs/conversation-dynamics.md.
/// </summary>
public sealed record DynamicsResult
{
    /// <summary>Whether the metrics were computed.</summary>
    public required DynamicsStatus Status { get; init; }

    /// <summary>
    /// Why the conversation could not be measured (e.g. "2 of 9 agent/customer turns are untimed; the first is turn 4
    /// (customer): no end time"); <see langword="null"/> when <see cref="Status"/> is <see cref="DynamicsStatus.Computed"/>.
    /// </summary>
    public string? UntimedReason { get; init; }

    /// <summary>
    /// Ivr and System turns without usable times, which were left out of every metric (agent and customer turns without
    /// times make the whole conversation untimed instead). 0 or more; 0 when nothing was computed.
    /// </summary>
    public int IgnoredUntimedTurns { get; init; }

    /// <summary>Seconds from the earliest start to the latest end of any timed turn (all speakers); 0 or more.</summary>
    public double? ConversationSeconds { get; init; }

    /// <summary>Seconds of agent speech: the length of the union of the agent's turn intervals (overlaps counted once).</summary>
    public double? AgentTalkSeconds { get; init; }

    /// <summary>Seconds of customer speech: the length of the union of the customer's turn intervals (overlaps counted once).</summary>
    public double? CustomerTalkSeconds { get; init; }

    /// <summary>
    /// <see cref="AgentTalkSeconds"/> / (agent + customer talk seconds), from 0 to 1; <see langword="null"/> also when
    /// both are 0 (no one to share with).
    /// </summary>
    public double? AgentTalkShare { get; init; }

    /// <summary>
    /// Seconds of declared hold within the conversation: the union of System turns that mention hold and caller-declared
    /// hold intervals, clipped to the conversation. Hold is not silence.
    /// </summary>
    public double? HoldSeconds { get; init; }

    /// <summary>Total seconds of silence: the sum of the lengths of <see cref="Silences"/>.</summary>
    public double? SilenceSeconds { get; init; }

    /// <summary>The number of silences, 0 or more.</summary>
    public int? SilenceCount { get; init; }

    /// <summary>The longest silence in seconds; 0 when there is none.</summary>
    public double? LongestSilenceSeconds { get; init; }

    /// <summary>
    /// <see cref="SilenceSeconds"/> / <see cref="ConversationSeconds"/>, from 0 to 1; <see langword="null"/> also when the
    /// conversation lasts 0 seconds.
    /// </summary>
    public double? SilenceShare { get; init; }

    /// <summary>
    /// The number of talk-over episodes: maximal stretches where agent and customer speak at once (overlapping overlaps
    /// are one episode; a mere touch, end = start, is none). 0 or more.
    /// </summary>
    public int? TalkOverCount { get; init; }

    /// <summary>Total seconds during which agent and customer speak at once: the sum of the lengths of <see cref="TalkOvers"/>.</summary>
    public double? TalkOverSeconds { get; init; }

    /// <summary>
    /// Seconds from the start of the recording to the start of the earliest agent turn; <see langword="null"/> when the
    /// conversation has no agent turn (or was not computed).
    /// </summary>
    public double? FirstAgentAnswerSeconds { get; init; }

    /// <summary>The silences, in time order: maximal stretches without speech and without declared hold, each at least the threshold long.</summary>
    public IReadOnlyList<SecondsInterval> Silences { get; init; } = [];

    /// <summary>The talk-over episodes, in time order.</summary>
    public IReadOnlyList<SecondsInterval> TalkOvers { get; init; } = [];

    /// <summary>Whether the metrics were computed (<see cref="Status"/> is <see cref="DynamicsStatus.Computed"/>).</summary>
    public bool IsComputed => Status == DynamicsStatus.Computed;
}
