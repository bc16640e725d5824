namespace InteractionAnalytics.Core.Scorecards;

/// <summary>One agent's sums for the contacts of one team on one local date: the unit storage returns.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Team">The team of those contacts; <see langword="null"/> when the export has none.</param>
/// <param name="Day">The contacts' local date.</param>
/// <param name="Totals">Their sums.</param>
public sealed record ScorecardDay(string AgentId, string? Team, DateOnly Day, ScorecardTotals Totals);
