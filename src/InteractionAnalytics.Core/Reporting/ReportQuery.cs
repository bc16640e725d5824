namespace InteractionAnalytics.Core.Reporting;

/// <summary>Which contacts a report covers and how it groups them.</summary>
/// <param name="From">First local calendar date included (inclusive); <see langword="null"/> for no lower bound.</param>
/// <param name="To">Last local calendar date included (inclusive); <see langword="null"/> for no upper bound.</param>
/// <param name="GroupBy">How rows are split. Default: a total only.</param>
/// <param name="MinSample">
/// The fewest handled contacts an agent needs for a row of their own (default 30); agents below it are rolled up into one
/// row per team, as quality programmes do when individual data is thin. Also the floor for the fast-but-not-resolving list.
/// </param>
public sealed record ReportQuery(DateOnly? From = null, DateOnly? To = null, ReportGrouping GroupBy = ReportGrouping.None, int MinSample = ReportQuery.DefaultMinSample)
{
    /// <summary>The default minimum sample, 30 handled contacts.</summary>
    public const int DefaultMinSample = 30;
}
