using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// Customer sentiment at the start and the end of a conversation, from one score per turn (from any
/// <see cref="ISentimentAnalyzer"/>). A pure calculation: no I/O, thread-safe. Definitions in docs/sentiment.md.
/// </summary>
/// <remarks>
/// <para>
/// The conversation is cut into four quarters and every turn belongs to exactly one of them:
/// </para>
/// <list type="bullet">
/// <item><description>
/// <b>By time</b> when every turn has both a start and an end time and the conversation lasts longer than 0 s. The
/// conversation spans from the earliest start to the latest end (for turns in time order that do not overlap: the first
/// turn's start to the last turn's end). A turn belongs to the quarter that contains its midpoint, (start + end) / 2;
/// quarters include their start and exclude their end, except the last, which includes the conversation's end, so a
/// midpoint exactly on a boundary belongs to the later quarter.
/// </description></item>
/// <item><description>
/// <b>By position</b> otherwise (some turn has no times, or a zero-length conversation where every turn starts and ends
/// at the same instant): turn i of n turns (0-based, all speakers counted) belongs to quarter ⌊4i / n⌋. So with fewer
/// than 4 turns no turn is in the last quarter (n = 1: quarter 0; n = 2: quarters 0 and 2; n = 3: 0, 1 and 2) and the
/// end score is <see langword="null"/>.
/// </description></item>
/// </list>
/// <para>
/// The start score averages the customer turns of the first quarter, the end score those of the last; each turn weighs
/// the same. Edge cases: no turns, or no customer turns, give every score <see langword="null"/> and all counts 0. A
/// single customer turn is in one quarter only, so at most one of start and end is set, the change is
/// <see langword="null"/>, and the mean is that turn's score: by position it is the start when i &lt; n/4 and the end
/// when i ≥ 3n/4; by time it depends on its midpoint, and a conversation that is one timed turn has neither start nor
/// end (its midpoint lies at the half, in the third quarter).
/// </para>
/// </remarks>
public static class ConversationSentiment
{
    private const int Quarters = 4;

    /// <summary>
    /// The customer's start, end, change and mean sentiment of one conversation.
    /// </summary>
    /// <param name="turns">The conversation's turns in the order they were spoken.</param>
    /// <param name="scores">
    /// One score per turn, same order and count as <paramref name="turns"/>. Only customer turns' scores are read; each
    /// must be a number in [-1, 1]. The others are ignored (they may be anything, including NaN, so callers can skip
    /// scoring agent, IVR and system turns).
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts of turns and scores differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer turn's score is NaN or outside [-1, 1].</exception>
    public static CustomerSentiment Compute(IReadOnlyList<Turn> turns, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(scores);
        if (turns.Count != scores.Count)
        {
            throw new ArgumentException($"{scores.Count} scores were given for {turns.Count} turns; one per turn is needed.", nameof(scores));
        }

        var span = TimedSpan(turns);
        double sum = 0, startSum = 0, endSum = 0;
        int count = 0, startCount = 0, endCount = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            if (turn.Speaker != Speaker.Customer)
            {
                continue;
            }

            var score = scores[i];
            if (double.IsNaN(score) || score < -1 || score > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(scores), score, $"The score of turn {i + 1} (customer) must be in [-1, 1].");
            }

            var quarter = span is { } timed
                ? TimeQuarter(turn, timed.Start, timed.Duration)
                : (int)(Quarters * (long)i / turns.Count);
            sum += score;
            count++;
            if (quarter == 0)
            {
                startSum += score;
                startCount++;
            }
            else if (quarter == Quarters - 1)
            {
                endSum += score;
                endCount++;
            }
        }

        return new CustomerSentiment
        {
            StartScore = startCount == 0 ? null : startSum / startCount,
            EndScore = endCount == 0 ? null : endSum / endCount,
            MeanScore = count == 0 ? null : sum / count,
            ScoredTurns = count,
            StartTurns = startCount,
            EndTurns = endCount,
            QuartersByTime = span is not null,
        };
    }

    /// <summary>
    /// The conversation's start and duration in seconds when quarters can be measured in time: every turn has finite
    /// times and the duration is above 0. <see langword="null"/> otherwise (quarters then go by position).
    /// </summary>
    private static (double Start, double Duration)? TimedSpan(IReadOnlyList<Turn> turns)
    {
        if (turns.Count == 0)
        {
            return null;
        }

        var first = double.PositiveInfinity;
        var last = double.NegativeInfinity;
        foreach (var turn in turns)
        {
            if (turn.StartSeconds is not { } start || turn.EndSeconds is not { } end || !double.IsFinite(start) || !double.IsFinite(end))
            {
                return null;
            }

            first = Math.Min(first, start);
            last = Math.Max(last, end);
        }

        // A zero-length conversation has no time to divide; position still orders its turns.
        var duration = last - first;
        return duration > 0 ? (first, duration) : null;
    }

    /// <summary>The quarter, 0–3, containing the turn's midpoint.</summary>
    private static int TimeQuarter(Turn turn, double start, double duration)
    {
        var midpoint = (turn.StartSeconds!.Value + turn.EndSeconds!.Value) / 2;
        var position = Math.Floor(Quarters * (midpoint - start) / duration);

        // A midpoint on the conversation's end (a zero-length last turn) is in the last quarter, not a fifth one.
        return (int)Math.Clamp(position, 0, Quarters - 1);
    }
}
