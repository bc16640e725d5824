namespace InteractionAnalytics.Core.Scorecards;

/// <summary>One row of a scorecard: the agent's number next to the team's, and the difference.</summary>
/// <param name="Metric">Which number.</param>
/// <param name="Agent">The agent's, withheld below the minimum sample.</param>
/// <param name="Team">The team's (every agent of the team, this one included); no minimum applies.</param>
public sealed record ScorecardLine(ScorecardMetric Metric, ScorecardValue Agent, ScorecardValue Team)
{
    /// <summary>Agent − team, in the metric's unit; <see langword="null"/> when either side is not shown.</summary>
    public double? Difference => Agent.Shown is { } a && Team.Shown is { } t ? a - t : null;
}
