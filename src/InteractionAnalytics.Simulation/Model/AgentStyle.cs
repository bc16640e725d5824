namespace InteractionAnalytics.Simulation.Model;

/// <summary>How a simulated agent works; <see cref="AgentStyleCatalog"/> gives each style's factors.</summary>
internal enum AgentStyle
{
    Steady,
    Fast,
    Thorough,
    NewHire,
}
