namespace InteractionAnalytics.Simulation.Model;

/// <summary>The factors of one agent style.</summary>
/// <param name="Style">The style.</param>
/// <param name="HandleFactor">Multiplies the intent's median talk time and after-call work.</param>
/// <param name="Resolution">Base probability, in [0, 1], that a contact ends resolved (before intent and root-cause factors).</param>
/// <param name="HoldFactor">Multiplies the hold probability and the median length of each hold.</param>
/// <param name="TransferFactor">Multiplies the transfer probability.</param>
internal sealed record AgentStyleProfile(
    AgentStyle Style,
    double HandleFactor,
    double Resolution,
    double HoldFactor,
    double TransferFactor);
