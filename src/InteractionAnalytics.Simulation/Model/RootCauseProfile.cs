namespace InteractionAnalytics.Simulation.Model;

/// <summary>How a root cause shifts a contact's outcome.</summary>
/// <param name="RootCause">The root cause.</param>
/// <param name="ResolutionFactor">Multiplies the agent style's resolution propensity.</param>
/// <param name="TransferBoost">Added to the base transfer probability before the style's transfer factor.</param>
internal sealed record RootCauseProfile(RootCause RootCause, double ResolutionFactor, double TransferBoost);
