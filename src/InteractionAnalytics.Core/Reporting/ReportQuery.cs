namespace InteractionAnalytics.Core.Reporting;

/// <summary>Which contacts a report covers and how it groups them.</summary>
/// <param name="From">First local calendar date included (inclusive); <see langword="null"/> for no lower bound.</param>
/// <param name="To">Last local calendar date included (inclusive); <see langword="null"/> for no upper bound.</param>
/// <param name="GroupBy">How rows are split. Default: a total only.</param>
public sealed record ReportQuery(DateOnly? From = null, DateOnly? To = null, ReportGrouping GroupBy = ReportGrouping.None);
