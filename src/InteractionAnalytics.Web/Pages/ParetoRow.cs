namespace InteractionAnalytics.Web.Pages;

/// <summary>One root cause of the Pareto: its contacts, their share of all classified contacts and the running share.</summary>
/// <param name="RootCause">The root cause (a supervisor's correction wins over the model).</param>
/// <param name="Contacts">Contacts with this root cause.</param>
/// <param name="Share">Contacts / all classified contacts, in 0..1.</param>
/// <param name="CumulativeShare">The shares of this root cause and every one above it, in 0..1.</param>
public sealed record ParetoRow(string RootCause, long Contacts, double Share, double CumulativeShare);
