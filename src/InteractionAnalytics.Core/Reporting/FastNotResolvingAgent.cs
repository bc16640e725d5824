namespace InteractionAnalytics.Core.Reporting;

/// <summary>
/// An agent whose AHT is below their team's while their FCR rate is also below their team's: short calls that bring the
/// customer back. Only agents with at least the minimum sample of handled contacts and a known FCR are considered.
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Team">The team compared against.</param>
/// <param name="Handled">The agent's handled contacts.</param>
/// <param name="AhtSeconds">The agent's AHT, in seconds.</param>
/// <param name="TeamAhtSeconds">The team's AHT (all its agents, this one included), in seconds.</param>
/// <param name="FcrRate">The agent's FCR rate, 0..1.</param>
/// <param name="FcrN">n of the agent's FCR rate (contacts with a final outcome).</param>
/// <param name="TeamFcrRate">The team's FCR rate, 0..1.</param>
public sealed record FastNotResolvingAgent(
    string AgentId, string? Team, long Handled, double AhtSeconds, double TeamAhtSeconds, double FcrRate, long FcrN, double TeamFcrRate);
