namespace InteractionAnalytics.Simulation.FollowUps;

/// <summary>Why a contact follows an earlier one.</summary>
internal enum FollowUpKind
{
    /// <summary>The customer calls again because the earlier contact left the need unmet.</summary>
    Repeat,

    /// <summary>The customer calls again because a promised callback never came.</summary>
    MissedCallback,

    /// <summary>The customer calls again after hanging up in the queue.</summary>
    RetryAfterAbandon,

    /// <summary>An agent calls the customer back as promised (an outbound contact).</summary>
    Callback,
}
