namespace InteractionAnalytics.Simulation;

/// <summary>What <see cref="ExportSimulator.Write"/> wrote.</summary>
/// <param name="Contacts">Rows in <c>calls.csv</c> (and in <c>simulation-truth.csv</c>); equals the requested calls.</param>
/// <param name="Handled">Contacts an agent handled, inbound and outbound.</param>
/// <param name="Abandoned">Contacts whose customer hung up in the queue.</param>
/// <param name="Transcripts">Files in <c>transcripts/</c>: one per handled contact.</param>
/// <param name="Agents">Agents on the roster (not all of them work every day).</param>
/// <param name="Customers">Distinct customer ids in <c>calls.csv</c> (customers who withheld their number are not counted).</param>
/// <param name="RepeatContacts">
/// Contacts that follow an earlier one (a non-empty <c>repeat_of</c> in the truth file), callbacks included.
/// </param>
public sealed record SimulationResult(
    int Contacts,
    int Handled,
    int Abandoned,
    int Transcripts,
    int Agents,
    int Customers,
    int RepeatContacts);
