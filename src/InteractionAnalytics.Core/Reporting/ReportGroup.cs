using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Reporting;

/// <summary>One row of a grouped report.</summary>
/// <param name="Key">The group's value (a date as yyyy-MM-dd, an agent id, …); <see langword="null"/> when the contacts have none.
/// For a roll-up row of agents below the minimum sample it is <see langword="null"/> and <see cref="RolledUpAgents"/> says how many.</param>
/// <param name="Metrics">The metrics of the group's contacts.</param>
public sealed record ReportGroup(string? Key, ContactMetrics Metrics)
{
    /// <summary>For rows by agent: the team of the agent's contacts (an agent who worked in two teams has a row in each).</summary>
    public string? Team { get; init; }

    /// <summary>
    /// For a roll-up row (by agent): how many agents of <see cref="Team"/> had fewer handled contacts than the minimum
    /// sample and are summed here instead of shown one by one; 0 for an ordinary row.
    /// </summary>
    public int RolledUpAgents { get; init; }
}
