using InteractionAnalytics.Simulation.Agents;
using InteractionAnalytics.Simulation.Contacts;
using InteractionAnalytics.Simulation.Customers;
using InteractionAnalytics.Simulation.FollowUps;
using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>Everything the transcript of a handled contact must agree with.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Intent">Why the customer made contact.</param>
/// <param name="Scenario">The index of the intent's scenario the call is about.</param>
/// <param name="RootCause">Who or what owns the failure; decides the evidence phrases.</param>
/// <param name="Outcome">How the contact ended; decides the closing.</param>
/// <param name="FollowUp">The earlier contact this one follows, or <see langword="null"/> for a fresh contact.</param>
/// <param name="Agent">The handling agent.</param>
/// <param name="Customer">The customer.</param>
/// <param name="Queue">The queue the contact came through.</param>
/// <param name="AnsweredSecond">Simulation second at which the agent answered (or the customer picked up a callback).</param>
/// <param name="TalkSeconds">Talk time in seconds, which the turns fill.</param>
/// <param name="HoldSegments">The length in seconds of each hold, in order; empty when there was none.</param>
internal sealed record TranscriptPlan(
    string CallId,
    Intent Intent,
    int Scenario,
    RootCause RootCause,
    ContactOutcome Outcome,
    PendingContact? FollowUp,
    Agent Agent,
    Customer Customer,
    string Queue,
    long AnsweredSecond,
    int TalkSeconds,
    IReadOnlyList<int> HoldSegments);
