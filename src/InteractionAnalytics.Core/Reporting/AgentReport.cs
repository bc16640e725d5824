using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Reporting;

/// <summary>Builds the agent rows of a report from per-agent totals: minimum-sample roll-ups and the fast-but-not-resolving list.</summary>
public static class AgentReport
{
    /// <summary>
    /// One row per agent (and team) with at least <paramref name="minSample"/> handled contacts; the others of each team
    /// summed into one roll-up row (key <see langword="null"/>, <see cref="ReportGroup.RolledUpAgents"/> &gt; 0). Ordered by
    /// team, then agent, each team's roll-up last.
    /// </summary>
    public static IReadOnlyList<ReportGroup> Rows(IEnumerable<AgentTotals> agents, int minSample)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(minSample);
        var rows = new List<ReportGroup>();
        foreach (var team in agents.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var small = default(ContactTotals);
            var smallCount = 0;
            foreach (var agent in team.OrderBy(a => a.AgentId, StringComparer.Ordinal))
            {
                if (agent.Totals.Handled >= minSample)
                {
                    rows.Add(new ReportGroup(agent.AgentId, ContactMetrics.From(agent.Totals)) { Team = team.Key });
                }
                else
                {
                    small = small.Plus(agent.Totals);
                    smallCount++;
                }
            }

            if (smallCount > 0)
            {
                rows.Add(new ReportGroup(null, ContactMetrics.From(small)) { Team = team.Key, RolledUpAgents = smallCount });
            }
        }

        return rows;
    }

    /// <summary>
    /// Agents with at least <paramref name="minSample"/> handled contacts whose AHT is below their team's and whose FCR
    /// rate is below their team's, fastest first. The team's numbers include every agent of the team.
    /// </summary>
    public static IReadOnlyList<FastNotResolvingAgent> FastNotResolving(IEnumerable<AgentTotals> agents, int minSample)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var list = new List<FastNotResolvingAgent>();
        foreach (var team in agents.GroupBy(a => a.Team, StringComparer.Ordinal))
        {
            var teamMetrics = ContactMetrics.From(team.Aggregate(default(ContactTotals), (sum, a) => sum.Plus(a.Totals)));
            if (teamMetrics.AhtSeconds is not { } teamAht || teamMetrics.FcrRate is not { } teamFcr)
            {
                continue;
            }

            foreach (var agent in team)
            {
                var m = ContactMetrics.From(agent.Totals);
                if (m.Handled >= minSample && m.AhtSeconds is { } aht && m.FcrRate is { } fcr && aht < teamAht && fcr < teamFcr)
                {
                    list.Add(new FastNotResolvingAgent(agent.AgentId, team.Key, m.Handled, aht, teamAht, fcr, m.FcrN, teamFcr));
                }
            }
        }

        return [.. list.OrderBy(a => a.AhtSeconds / a.TeamAhtSeconds).ThenBy(a => a.AgentId, StringComparer.Ordinal)];
    }
}
