using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Web.Pages;

/// <summary>What the shared metrics table partial shows: one report's groups and total.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="KeyHeader">The first column's heading (Intent, Team).</param>
/// <param name="MissingKey">The label of the group without a value.</param>
/// <param name="Report">The report.</param>
public sealed record MetricsTable(string Caption, string KeyHeader, string MissingKey, Report Report);
