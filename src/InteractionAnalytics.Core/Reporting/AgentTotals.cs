using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Reporting;

/// <summary>The additive totals of one agent's contacts in one team.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Team">The team of those contacts; <see langword="null"/> when the export has none.</param>
/// <param name="Totals">Their totals.</param>
public sealed record AgentTotals(string AgentId, string? Team, ContactTotals Totals);
