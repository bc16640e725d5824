namespace InteractionAnalytics.Core.Scorecards;

/// <summary>One ISO week of a scorecard's trends.</summary>
/// <param name="Start">The week's Monday (local contact dates).</param>
/// <param name="Agent">The agent's numbers that week, withheld below the minimum sample.</param>
/// <param name="Team">The team's numbers that week.</param>
public sealed record ScorecardWeek(DateOnly Start, ScorecardMetrics Agent, ScorecardMetrics Team)
{
    /// <summary>The ISO week's name, e.g. <c>2026-W47</c>.</summary>
    public string Name => IsoWeeks.Name(Start);
}
