namespace InteractionAnalytics.Simulation.Tests;

/// <summary>One row of <c>simulation-truth.csv</c>; empty columns are <see langword="null"/>.</summary>
internal sealed record TruthRow(string CallId, string Intent, string RootCause, string Resolution, string? AgentStyle, string? RepeatOf);
