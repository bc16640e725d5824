using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Simulation.Customers;

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>One generated contact: its export row, its transcript and its truth, plus what follow-ups need to know.</summary>
/// <param name="Record">The <c>calls.csv</c> row.</param>
/// <param name="Truth">The <c>simulation-truth.csv</c> row.</param>
/// <param name="Transcript">The transcript; <see langword="null"/> for abandoned contacts.</param>
/// <param name="Customer">Who the customer is (also when the export withholds the id).</param>
/// <param name="Scenario">The index of the intent's scenario the contact is about.</param>
/// <param name="Depth">Position in its chain of contacts about one need: 1 for a fresh contact.</param>
/// <param name="AgentFirstName">The handling agent's first name; <see langword="null"/> for abandoned contacts.</param>
/// <param name="StartSecond">Simulation second of <c>started_at</c>.</param>
/// <param name="EndSecond">Simulation second of <c>ended_at</c>.</param>
internal sealed record SimulatedContact(
    ContactRecord Record,
    ContactTruth Truth,
    Transcript? Transcript,
    Customer Customer,
    int Scenario,
    int Depth,
    string? AgentFirstName,
    long StartSecond,
    long EndSecond);
