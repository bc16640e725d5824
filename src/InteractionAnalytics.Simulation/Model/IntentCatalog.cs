using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Model;

/// <summary>The intent mix, queues, durations and root-cause mix of the simulation (docs/simulator.md, "Intents").</summary>
internal static class IntentCatalog
{
    /// <summary>Every intent's profile, indexed by <see cref="Intent"/>.</summary>
    public static IReadOnlyList<IntentProfile> All { get; } =
    [
        // Root-cause weights in the order agent, ivr, process, billing, product, none.
        // Routine requests are mostly "none"; failures cluster where the taxonomy says they do
        // (disputes on billing, technical support on product, complaints on agent and ivr).
        new(Intent.AccountAccess, 10, "accounts", 300, 0.50, 0.25, 45, 1.00, 0.00, [5, 30, 20, 0, 15, 30]),
        new(Intent.AccountUpdate, 7, "accounts", 240, 0.45, 0.15, 50, 1.05, 0.00, [5, 15, 15, 0, 5, 60]),
        new(Intent.NewService, 5, "sales", 540, 0.50, 0.30, 90, 1.00, 0.02, [5, 5, 15, 0, 5, 70]),
        new(Intent.PlanChange, 6, "sales", 420, 0.50, 0.25, 60, 1.00, 0.01, [8, 5, 12, 10, 5, 60]),
        new(Intent.CancelService, 5, "accounts", 480, 0.55, 0.30, 75, 0.95, 0.03, [10, 5, 25, 15, 15, 30]),
        new(Intent.BillingDispute, 9, "billing", 510, 0.55, 0.40, 90, 0.92, 0.02, [10, 2, 8, 70, 5, 5]),
        new(Intent.Payment, 10, "billing", 210, 0.50, 0.15, 40, 1.05, 0.00, [5, 15, 10, 20, 10, 40]),
        new(Intent.Refund, 5, "billing", 360, 0.50, 0.35, 70, 0.88, 0.02, [15, 2, 35, 35, 3, 10]),
        new(Intent.OrderDelivery, 6, "general", 330, 0.50, 0.30, 60, 0.92, 0.01, [8, 2, 15, 0, 60, 15]),
        new(Intent.TechnicalSupport, 13, "tech_support", 600, 0.60, 0.45, 80, 0.88, 0.03, [5, 5, 5, 0, 80, 5]),
        new(Intent.FraudSecurity, 4, "accounts", 480, 0.50, 0.35, 120, 0.95, 0.04, [5, 5, 25, 5, 10, 50]),
        new(Intent.Claim, 5, "claims", 660, 0.55, 0.40, 150, 0.85, 0.03, [10, 3, 40, 2, 15, 30]),
        new(Intent.InformationRequest, 9, "general", 180, 0.55, 0.15, 30, 1.10, 0.01, [5, 10, 5, 0, 0, 80]),
        new(Intent.Complaint, 4, "general", 540, 0.60, 0.30, 110, 0.85, 0.05, [45, 30, 15, 5, 5, 0]),
        new(Intent.Other, 2, "general", 150, 0.70, 0.05, 30, 1.00, 0.03, [0, 5, 0, 0, 0, 95]),
    ];

    private static readonly double[] Weights = [.. All.Select(p => p.Weight)];

    /// <summary>The profile of <paramref name="intent"/>.</summary>
    public static IntentProfile For(Intent intent) => All[(int)intent];

    /// <summary>Draws the intent of a fresh contact from the mix.</summary>
    public static Intent PickIntent(Random random) => (Intent)random.PickWeighted(Weights);

    /// <summary>Draws the root cause of a fresh contact with <paramref name="intent"/>.</summary>
    public static RootCause PickRootCause(Random random, Intent intent) => (RootCause)random.PickWeighted(For(intent).RootCauseWeights);
}
