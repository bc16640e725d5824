using System.Globalization;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Dynamics;

/// <summary>
/// Measures how a conversation went from its turn times: talk per party, agent talk share, silences, declared hold,
/// talk-over and time to the first agent answer. All times are seconds from the start of the recording. Pure and
/// thread-safe; the definitions are in docs/conversation-dynamics.md.
/// </summary>
/// <remarks>
/// <para>
/// The conversation is measured only when every <see cref="Speaker.Agent"/> and <see cref="Speaker.Customer"/> turn
/// is timed: both times present and finite, 0 ≤ start ≤ end. Otherwise the result is <see cref="DynamicsStatus.Untimed"/>
/// with every metric <see langword="null"/>: a conversation with some untimed speech would report its missing talk as
/// silence. <see cref="Speaker.Ivr"/> and <see cref="Speaker.System"/> turns without times are left out and counted in
/// <see cref="DynamicsResult.IgnoredUntimedTurns"/>.
/// </para>
/// <para>
/// The order of the list does not matter: every metric is computed on intervals sorted by start, so turns listed out
/// of order give the same result as sorted ones. A zero-length turn (start = end) adds no talk time, but it still
/// marks the conversation's start or end, breaks a silence (someone spoke at that instant) and can be the first agent
/// answer; it never makes talk-over.
/// </para>
/// </remarks>
public static class ConversationDynamics
{
    /// <summary>
    /// Tolerance for comparing times, 1 µs (10⁻⁶ s): a silence within this of the threshold counts, and talk-over no
    /// longer than this is a touch, not an overlap. It absorbs binary rounding of decimal times (10.1 − 7.1 ≠ 3.0).
    /// </summary>
    public const double ToleranceSeconds = 1e-6;

    /// <summary>
    /// Measures the conversation in <paramref name="turns"/>.
    /// </summary>
    /// <param name="turns">The conversation's turns, in any order.</param>
    /// <param name="options">The silence threshold; <see langword="null"/> for <see cref="DynamicsOptions.Default"/>.</param>
    /// <param name="declaredHolds">
    /// Hold known from elsewhere (e.g. the platform's hold events), in seconds from the start of the recording; added to
    /// the hold declared by System turns. <see langword="null"/> or empty for none.
    /// </param>
    /// <returns>The metrics, or a result that says why there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="turns"/> is null.</exception>
    /// <exception cref="ArgumentException">A turn is null, or a declared hold is not finite or ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static DynamicsResult Compute(
        IReadOnlyList<Turn> turns, DynamicsOptions? options = null, IReadOnlyList<SecondsInterval>? declaredHolds = null)
    {
        ArgumentNullException.ThrowIfNull(turns);
        options ??= DynamicsOptions.Default;
        options.Validate();
        CheckHolds(declaredHolds);

        if (turns.Count == 0)
        {
            return new DynamicsResult { Status = DynamicsStatus.NoTurns, UntimedReason = "the transcript has no turns" };
        }

        var untimedReason = FindUntimedSpeech(turns);
        if (untimedReason is not null)
        {
            return new DynamicsResult { Status = DynamicsStatus.Untimed, UntimedReason = untimedReason };
        }

        var agent = new List<SecondsInterval>();
        var customer = new List<SecondsInterval>();
        var speech = new List<SecondsInterval>();
        var hold = new List<SecondsInterval>();
        var ignored = 0;
        double first = double.PositiveInfinity, last = double.NegativeInfinity, firstAgent = double.PositiveInfinity;
        foreach (var turn in turns)
        {
            if (!IsTimed(turn, out _))
            {
                // Only Ivr and System turns get here: untimed agent or customer speech returned above.
                ignored++;
                continue;
            }

            var interval = new SecondsInterval(turn.StartSeconds!.Value, turn.EndSeconds!.Value);
            first = Math.Min(first, interval.StartSeconds);
            last = Math.Max(last, interval.EndSeconds);
            switch (turn.Speaker)
            {
                case Speaker.Agent:
                    agent.Add(interval);
                    speech.Add(interval);
                    firstAgent = Math.Min(firstAgent, interval.StartSeconds);
                    break;
                case Speaker.Customer:
                    customer.Add(interval);
                    speech.Add(interval);
                    break;
                case Speaker.Ivr:
                    speech.Add(interval);
                    break;
                default:
                    if (MentionsHold(turn.Text))
                    {
                        hold.Add(interval);
                    }

                    break;
            }
        }

        if (double.IsPositiveInfinity(first))
        {
            return new DynamicsResult
            {
                Status = DynamicsStatus.Untimed,
                UntimedReason = $"none of the {turns.Count.ToString(CultureInfo.InvariantCulture)} turns is timed",
            };
        }

        var span = new SecondsInterval(first, last);
        var agentTalk = IntervalSet.Length(IntervalSet.Union(agent));
        var customerTalk = IntervalSet.Length(IntervalSet.Union(customer));
        var talkOvers = IntervalSet.Intersect(IntervalSet.Union(agent), IntervalSet.Union(customer), ToleranceSeconds);

        if (declaredHolds is not null)
        {
            hold.AddRange(declaredHolds);
        }

        // Hold counts only inside the conversation and only with a length: a zero-length "hold started" marker declares
        // no time, and must not split a silence in two.
        var holdUnion = IntervalSet.Union(IntervalSet.Clip(hold, span));
        var covered = new List<SecondsInterval>(speech.Count + holdUnion.Count);
        covered.AddRange(speech);
        covered.AddRange(holdUnion);
        var silences = IntervalSet.Complement(IntervalSet.Union(covered), span)
            .FindAll(gap => gap.LengthSeconds >= options.SilenceThresholdSeconds - ToleranceSeconds);

        var conversation = span.LengthSeconds;
        var silence = IntervalSet.Length(silences);
        var talk = agentTalk + customerTalk;
        return new DynamicsResult
        {
            Status = DynamicsStatus.Computed,
            IgnoredUntimedTurns = ignored,
            ConversationSeconds = conversation,
            AgentTalkSeconds = agentTalk,
            CustomerTalkSeconds = customerTalk,
            AgentTalkShare = talk > 0 ? agentTalk / talk : null,
            HoldSeconds = IntervalSet.Length(holdUnion),
            SilenceSeconds = silence,
            SilenceCount = silences.Count,
            LongestSilenceSeconds = silences.Count > 0 ? silences.Max(s => s.LengthSeconds) : 0,
            SilenceShare = conversation > 0 ? Math.Min(1, silence / conversation) : null,
            TalkOverCount = talkOvers.Count,
            TalkOverSeconds = IntervalSet.Length(talkOvers),
            FirstAgentAnswerSeconds = double.IsPositiveInfinity(firstAgent) ? null : firstAgent,
            Silences = silences,
            TalkOvers = talkOvers,
        };
    }

    /// <summary>
    /// Whether a System turn's <paramref name="text"/> declares hold: it contains "hold" (any case) at the start of a
    /// word, as in "[on hold]", "Hold started", "customer placed on hold", "holding". "hold" inside a word
    /// ("threshold", "household", "withhold") does not count.
    /// </summary>
    public static bool MentionsHold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf("hold", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The reason the agent/customer speech is not fully timed, or <see langword="null"/> when it is.</summary>
    private static string? FindUntimedSpeech(IReadOnlyList<Turn> turns)
    {
        string? firstProblem = null;
        int untimed = 0, speech = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i] ?? throw new ArgumentException($"Turn {i} is null.", nameof(turns));
            if (turn.Speaker is not (Speaker.Agent or Speaker.Customer))
            {
                continue;
            }

            speech++;
            if (!IsTimed(turn, out var problem))
            {
                untimed++;
                firstProblem ??= $"turn {(i + 1).ToString(CultureInfo.InvariantCulture)} ({SpeakerNames.ToName(turn.Speaker)}): {problem}";
            }
        }

        return firstProblem is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{untimed} of {speech} agent/customer turns are untimed; the first is {firstProblem}");
    }

    private static bool IsTimed(Turn turn, out string? problem)
    {
        problem = (turn.StartSeconds, turn.EndSeconds) switch
        {
            (null, null) => "no start or end time",
            (null, _) => "no start time",
            (_, null) => "no end time",
            ({ } s, { } e) when !double.IsFinite(s) || !double.IsFinite(e) => "a time is not a finite number",
            ({ } s, _) when s < 0 => "the start is negative",
            ({ } s, { } e) when e < s => "the end is before the start",
            _ => null,
        };
        return problem is null;
    }

    private static void CheckHolds(IReadOnlyList<SecondsInterval>? declaredHolds)
    {
        if (declaredHolds is null)
        {
            return;
        }

        for (var i = 0; i < declaredHolds.Count; i++)
        {
            var hold = declaredHolds[i];
            if (!double.IsFinite(hold.StartSeconds) || !double.IsFinite(hold.EndSeconds) || hold.EndSeconds < hold.StartSeconds)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Declared hold {i} ({hold.StartSeconds} to {hold.EndSeconds} s) must be finite and end no earlier than it starts."),
                    nameof(declaredHolds));
            }
        }
    }
}
