using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Reporting;

/// <summary>The result of a report query: a total over all matching contacts and, when grouped, one row per group.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Total">The metrics of all matching contacts.</param>
/// <param name="Groups">One row per group, ordered by key; empty when <see cref="ReportQuery.GroupBy"/> is <see cref="ReportGrouping.None"/>.</param>
public sealed record Report(ReportQuery Query, ContactMetrics Total, IReadOnlyList<ReportGroup> Groups)
{
    /// <summary>Agents faster than their team (lower AHT) who also resolve less (lower FCR), with n; see <see cref="AgentReport.FastNotResolving"/>.</summary>
    public IReadOnlyList<FastNotResolvingAgent> FastNotResolving { get; init; } = [];
}
