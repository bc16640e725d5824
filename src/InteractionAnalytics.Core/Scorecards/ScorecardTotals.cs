using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Scorecards;

/// <summary>
/// The additive sums a scorecard is derived from: the report's <see cref="ContactTotals"/> of handled contacts plus the
/// root-cause and QA counts only the scorecard needs. Every field adds, so days sum to weeks and agents to teams.
/// </summary>
public readonly record struct ScorecardTotals
{
    /// <summary>The report's sums over the same handled contacts (AHT, FCR, transfers, sentiment change).</summary>
    public ContactTotals Contacts { get; init; }

    /// <summary>Handled contacts with an effective root cause (a supervisor's correction, else the model's label).</summary>
    public long Classified { get; init; }

    /// <summary>Of those, the contacts whose effective root cause is <see cref="Scorecard.AgentRootCause"/>.</summary>
    public long AgentRootCause { get; init; }

    /// <summary>Submitted QA evaluations with a score, of these contacts.</summary>
    public long QaEvaluations { get; init; }

    /// <summary>Sum of those evaluations' scores (each 0..1).</summary>
    public double QaScoreSum { get; init; }

    /// <summary>The sum of these totals and <paramref name="other"/>.</summary>
    public ScorecardTotals Plus(ScorecardTotals other) => new()
    {
        Contacts = Contacts.Plus(other.Contacts),
        Classified = Classified + other.Classified,
        AgentRootCause = AgentRootCause + other.AgentRootCause,
        QaEvaluations = QaEvaluations + other.QaEvaluations,
        QaScoreSum = QaScoreSum + other.QaScoreSum,
    };

    /// <summary>The sum of <paramref name="totals"/>; zero for none.</summary>
    public static ScorecardTotals Sum(IEnumerable<ScorecardTotals> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return totals.Aggregate(default(ScorecardTotals), (sum, t) => sum.Plus(t));
    }
}
