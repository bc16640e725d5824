using InteractionAnalytics.Simulation.Customers;
using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.FollowUps;

/// <summary>A follow-up contact scheduled by an earlier one, waiting for its time.</summary>
/// <param name="Kind">Why it happens.</param>
/// <param name="DueSecond">Simulation second from which it takes the next arrival slot.</param>
/// <param name="Customer">The same customer as the earlier contact.</param>
/// <param name="Intent">The follow-up's intent (usually the earlier one's).</param>
/// <param name="Scenario">The index of the intent's scenario to continue (<see cref="Transcripts.IntentPhrases.Scenarios"/>);
/// -1 when the intent changed and a scenario is to be drawn.</param>
/// <param name="RootCause">The follow-up's root cause.</param>
/// <param name="PriorCallId">The call id of the contact it follows (the truth file's <c>repeat_of</c>).</param>
/// <param name="PriorStartSecond">Simulation second at which the earlier contact started (for "I called yesterday").</param>
/// <param name="PriorAgentName">The earlier contact's agent's first name; <see langword="null"/> when it was abandoned.</param>
/// <param name="Depth">The follow-up's position in its chain: 2 for the first follow-up of a fresh contact.</param>
internal sealed record PendingContact(
    FollowUpKind Kind,
    long DueSecond,
    Customer Customer,
    Intent Intent,
    int Scenario,
    RootCause RootCause,
    string PriorCallId,
    long PriorStartSecond,
    string? PriorAgentName,
    int Depth);
