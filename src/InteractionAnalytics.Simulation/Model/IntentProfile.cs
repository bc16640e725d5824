namespace InteractionAnalytics.Simulation.Model;

/// <summary>How contacts of one intent behave in the simulation. Values are documented in docs/simulator.md.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Weight">Relative share of fresh (non-repeat) contacts; the catalog's weights sum to 100.</param>
/// <param name="Queue">The ACD queue the intent is routed to.</param>
/// <param name="TalkMedianSeconds">Median talk time in seconds for a steady agent (log-normal).</param>
/// <param name="TalkSigma">Log-normal sigma of talk time (the spread of ln(seconds)).</param>
/// <param name="HoldProbability">Probability that a steady agent puts the customer on hold at least once, in [0, 1].</param>
/// <param name="AcwMedianSeconds">Median after-call work in seconds for a steady agent (log-normal, sigma 0.6).</param>
/// <param name="ResolutionFactor">Multiplies the agent style's resolution propensity.</param>
/// <param name="TransferBoost">Added to the base transfer probability before the style's transfer factor.</param>
/// <param name="RootCauseWeights">Relative weights of each <see cref="RootCause"/> (indexed by its value) for this intent.</param>
internal sealed record IntentProfile(
    Intent Intent,
    double Weight,
    string Queue,
    double TalkMedianSeconds,
    double TalkSigma,
    double HoldProbability,
    double AcwMedianSeconds,
    double ResolutionFactor,
    double TransferBoost,
    IReadOnlyList<double> RootCauseWeights);
