using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Agents;

/// <summary>One simulated agent.</summary>
/// <param name="Id">The agent id written to <c>calls.csv</c>, e.g. <c>A0007</c>.</param>
/// <param name="FirstName">The name the agent gives in transcripts.</param>
/// <param name="Team">The agent's team (<c>North</c>, <c>South</c>, <c>East</c> or <c>West</c>).</param>
/// <param name="Style">How the agent works.</param>
internal sealed record Agent(string Id, string FirstName, string Team, AgentStyleProfile Style);
