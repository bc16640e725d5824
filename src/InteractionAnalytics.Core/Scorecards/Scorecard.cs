namespace InteractionAnalytics.Core.Scorecards;

/// <summary>
/// One agent's numbers against their team's over a date range, with weekly trends. Build with <see cref="For"/> or
/// <see cref="All"/> from per-day sums; the definitions are in docs/metrics.md, "Scorecard".
/// </summary>
public sealed record Scorecard
{
    /// <summary>The root-cause label that blames the agent (docs/taxonomy.md).</summary>
    public const string AgentRootCause = "agent";

    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>
    /// The team compared against: the team of most of the agent's handled contacts in the range (ties: the first name in
    /// ordinal order, "no team" last); <see langword="null"/> when those contacts have no team or there are none.
    /// </summary>
    public required string? Team { get; init; }

    /// <summary>How many teams the agent's contacts in the range were in (more than 1: the agent moved or helped out).</summary>
    public required int TeamsWorked { get; init; }

    /// <summary>Agents with contacts in <see cref="Team"/> in the range, this one included.</summary>
    public required int TeamAgents { get; init; }

    /// <summary>The minimums the agent's numbers were held to.</summary>
    public required ScorecardMinimums Minimums { get; init; }

    /// <summary>The agent's numbers over every one of their handled contacts in the range (in whichever team).</summary>
    public required ScorecardMetrics AgentMetrics { get; init; }

    /// <summary>The team's numbers: every handled contact of <see cref="Team"/> in the range, whoever the agent.</summary>
    public required ScorecardMetrics TeamMetrics { get; init; }

    /// <summary>Each metric, agent next to team, in <see cref="ScorecardMetric"/> order.</summary>
    public IReadOnlyList<ScorecardLine> Lines =>
        [.. Enum.GetValues<ScorecardMetric>().Select(m => new ScorecardLine(m, AgentMetrics[m], TeamMetrics[m]))];

    /// <summary>ISO weeks (Monday start) with contacts of the agent or the team, oldest first.</summary>
    public required IReadOnlyList<ScorecardWeek> Weeks { get; init; }

    /// <summary>
    /// The scorecard of <paramref name="agentId"/> from <paramref name="days"/> (every agent's per-day sums in the range,
    /// so the team can be summed).
    /// </summary>
    public static Scorecard For(string agentId, IReadOnlyCollection<ScorecardDay> days, ScorecardMinimums minimums)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(minimums);
        var own = days.Where(d => string.Equals(d.AgentId, agentId, StringComparison.Ordinal)).ToList();
        var teams = own
            .GroupBy(d => d.Team, StringComparer.Ordinal)
            .Select(g => (Team: g.Key, Handled: g.Sum(d => d.Totals.Contacts.Handled)))
            .OrderByDescending(t => t.Handled)
            .ThenBy(t => t.Team is null ? 1 : 0)
            .ThenBy(t => t.Team, StringComparer.Ordinal)
            .ToList();
        var team = teams.Count == 0 ? null : teams[0].Team;
        var teamDays = teams.Count == 0 ? [] : days.Where(d => string.Equals(d.Team, team, StringComparison.Ordinal)).ToList();
        var weeks = own.Select(d => IsoWeeks.Start(d.Day)).Concat(teamDays.Select(d => IsoWeeks.Start(d.Day))).Distinct().Order();
        return new Scorecard
        {
            AgentId = agentId,
            Team = team,
            TeamsWorked = teams.Count,
            TeamAgents = teamDays.Select(d => d.AgentId).Distinct(StringComparer.Ordinal).Count(),
            Minimums = minimums,
            AgentMetrics = ScorecardMetrics.From(ScorecardTotals.Sum(own.Select(d => d.Totals)), minimums),
            TeamMetrics = ScorecardMetrics.From(ScorecardTotals.Sum(teamDays.Select(d => d.Totals)), ScorecardMinimums.None),
            Weeks =
            [
                .. weeks.Select(w => new ScorecardWeek(
                    w,
                    ScorecardMetrics.From(ScorecardTotals.Sum(own.Where(d => IsoWeeks.Start(d.Day) == w).Select(d => d.Totals)), minimums),
                    ScorecardMetrics.From(ScorecardTotals.Sum(teamDays.Where(d => IsoWeeks.Start(d.Day) == w).Select(d => d.Totals)), ScorecardMinimums.None))),
            ],
        };
    }

    /// <summary>The scorecard of every agent in <paramref name="days"/>, by agent id.</summary>
    public static IReadOnlyList<Scorecard> All(IReadOnlyCollection<ScorecardDay> days, ScorecardMinimums minimums)
    {
        ArgumentNullException.ThrowIfNull(days);
        return [.. days.Select(d => d.AgentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(a => For(a, days, minimums))];
    }
}
