namespace InteractionAnalytics.Core.Outcomes;

/// <summary>What repeat linking needs to know of one contact.</summary>
/// <param name="CallId">The contact's id.</param>
/// <param name="CustomerId">The customer key; <see langword="null"/> or blank when the export has none.</param>
/// <param name="StartedAt">When the contact reached the center.</param>
/// <param name="EndedAt">When the customer's connection ended.</param>
/// <param name="Handled">An agent answered (the contact was not abandoned).</param>
/// <param name="HandleSeconds">Talk + hold + after-call work, in seconds; 0 when not handled.</param>
/// <param name="Intent">The contact's intent (a correction wins over the model); <see langword="null"/> when unclassified.</param>
public sealed record LinkableContact(
    string CallId,
    string? CustomerId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    bool Handled,
    double HandleSeconds,
    string? Intent = null)
{
    /// <summary>
    /// A handled contact, inbound or outbound: the only kind that can be a first contact or a repeat. Outbound contacts
    /// count because a callback the center had to make is a follow-up the first contact did not avoid.
    /// </summary>
    public bool IsEligible => Handled;

    /// <summary>The contact has a usable customer key.</summary>
    public bool HasCustomer => !string.IsNullOrWhiteSpace(CustomerId);
}
