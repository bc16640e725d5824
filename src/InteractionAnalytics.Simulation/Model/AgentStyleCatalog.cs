namespace InteractionAnalytics.Simulation.Model;

/// <summary>The factors of each agent style (docs/simulator.md, "Agents").</summary>
internal static class AgentStyleCatalog
{
    private static readonly AgentStyleProfile[] Profiles =
    [
        new(AgentStyle.Steady, 1.00, 0.88, 1.00, 1.00),
        // Short calls bought with unresolved needs: these customers call back.
        new(AgentStyle.Fast, 0.60, 0.55, 0.70, 1.30),
        new(AgentStyle.Thorough, 1.30, 0.92, 1.10, 0.70),
        // Still learning: slower, more holds (asking a colleague) and more transfers.
        new(AgentStyle.NewHire, 1.20, 0.70, 1.70, 2.00),
    ];

    /// <summary>The profile of <paramref name="style"/>.</summary>
    public static AgentStyleProfile For(AgentStyle style) => Profiles[(int)style];
}
