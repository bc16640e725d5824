namespace InteractionAnalytics.Core.Scorecards;

/// <summary>The fewest observations an agent's number needs before a scorecard shows it.</summary>
/// <param name="Contacts">
/// For every contact-based rate and mean (AHT, FCR, repeat rate, transfer rate, sentiment change, agent root-cause share):
/// the metric's own denominator must reach it. Default 30, the report's minimum sample.
/// </param>
/// <param name="QaEvaluations">For the QA score: submitted evaluations. Default 5.</param>
public sealed record ScorecardMinimums(int Contacts = 30, int QaEvaluations = ScorecardMinimums.DefaultQaEvaluations)
{
    /// <summary>The default minimum of evaluations for a QA score, 5.</summary>
    public const int DefaultQaEvaluations = 5;

    /// <summary>No minimum at all (the team's side of a scorecard).</summary>
    public static ScorecardMinimums None { get; } = new(0, 0);
}
