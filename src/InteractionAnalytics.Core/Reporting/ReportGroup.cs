using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Reporting;

/// <summary>One row of a grouped report.</summary>
/// <param name="Key">The group's value (a date as yyyy-MM-dd, an agent id, …); <see langword="null"/> when the contacts have none.</param>
/// <param name="Metrics">The metrics of the group's contacts.</param>
public sealed record ReportGroup(string? Key, ContactMetrics Metrics);
