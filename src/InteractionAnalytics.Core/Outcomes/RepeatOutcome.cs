namespace InteractionAnalytics.Core.Outcomes;

/// <summary>What became of a contact, judged by whether the same customer contacted the center again (docs/metrics.md).</summary>
public enum RepeatOutcome
{
    /// <summary>A handled contact with no repeat within the window, and the window has elapsed.</summary>
    ResolvedFirstContact,

    /// <summary>A handled contact followed by a repeat within the window.</summary>
    Repeated,

    /// <summary>A handled contact with no repeat so far, but the window has not yet elapsed.</summary>
    Pending,

    /// <summary>A handled contact without a customer key: it cannot be linked, and is never guessed.</summary>
    Unlinkable,

    /// <summary>An abandoned contact: nobody handled it, so it is neither a first contact nor a repeat.</summary>
    NotApplicable,
}
