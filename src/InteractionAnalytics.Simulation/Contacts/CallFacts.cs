using InteractionAnalytics.Simulation.Customers;
using InteractionAnalytics.Simulation.FollowUps;
using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>Who calls and why, settled before the call is played out.</summary>
/// <param name="CallId">The contact's id.</param>
/// <param name="Customer">The customer.</param>
/// <param name="Intent">The intent's profile.</param>
/// <param name="Scenario">The index of the intent's scenario the contact is about.</param>
/// <param name="RootCause">The root cause.</param>
/// <param name="FollowUp">The earlier contact this one follows, or <see langword="null"/>.</param>
internal sealed record CallFacts(
    string CallId,
    Customer Customer,
    IntentProfile Intent,
    int Scenario,
    RootCause RootCause,
    PendingContact? FollowUp)
{
    /// <summary>Position in the chain of contacts about one need: 1 for a fresh contact.</summary>
    public int Depth => FollowUp?.Depth ?? 1;
}
