namespace InteractionAnalytics.Simulation.Model;

/// <summary>The outcome factors of each root cause (docs/simulator.md, "Outcomes").</summary>
internal static class RootCauseCatalog
{
    private static readonly RootCauseProfile[] Profiles =
    [
        new(RootCause.Agent, 0.88, 0.03),
        // Once a person answers, an IVR failure is usually behind the customer: no penalty.
        new(RootCause.Ivr, 1.00, 0.00),
        // Process failures ("another department handles that") are the main source of transfers.
        new(RootCause.Process, 0.75, 0.15),
        new(RootCause.Billing, 0.95, 0.02),
        new(RootCause.Product, 0.82, 0.04),
        new(RootCause.None, 1.12, 0.00),
    ];

    /// <summary>The profile of <paramref name="rootCause"/>.</summary>
    public static RootCauseProfile For(RootCause rootCause) => Profiles[(int)rootCause];
}
