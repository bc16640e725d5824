namespace InteractionAnalytics.Core.Resolution;

/// <summary>Whether the conversation itself says the customer's issue was resolved (docs/resolution.md).</summary>
public enum ResolutionOutcome
{
    /// <summary>The closing turns give no clear signal either way (or too little of one).</summary>
    Unknown,

    /// <summary>The closing turns confirm the issue was dealt with: the customer confirms it, or the agent reports it done.</summary>
    Resolved,

    /// <summary>The closing turns leave the issue open: a callback, a transfer, an escalation, or the customer says it is not fixed.</summary>
    Unresolved,
}
