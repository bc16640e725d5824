namespace InteractionAnalytics.Core.Outcomes;

/// <summary>What became of a contact, judged by whether the same customer contacted the center again (docs/metrics.md).</summary>
public enum RepeatOutcome
{
    /// <summary>A handled inbound contact with no repeat within the window, and the window has elapsed.</summary>
    ResolvedFirstContact,

    /// <summary>A handled inbound contact followed by a repeat within the window.</summary>
    Repeated,

    /// <summary>A handled inbound contact with no repeat so far, but the window has not yet elapsed.</summary>
    Pending,

    /// <summary>A handled inbound contact without a customer key: it cannot be linked, and is never guessed.</summary>
    Unlinkable,

    /// <summary>An abandoned or outbound contact: not a first contact, so it has no outcome of its own.</summary>
    NotApplicable,
}
