using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>What the simulation knows about a contact and an export never says: one row of <c>simulation-truth.csv</c>.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Intent">Why the customer made contact.</param>
/// <param name="RootCause">Who or what owns the failure behind the contact (for abandoned contacts: behind the need).</param>
/// <param name="Resolved">Whether the need was met within the contact.</param>
/// <param name="Style">The handling agent's style; <see langword="null"/> for abandoned contacts.</param>
/// <param name="RepeatOf">The call id of the contact this one follows; <see langword="null"/> for a fresh contact.</param>
internal sealed record ContactTruth(string CallId, Intent Intent, RootCause RootCause, bool Resolved, AgentStyle? Style, string? RepeatOf);
