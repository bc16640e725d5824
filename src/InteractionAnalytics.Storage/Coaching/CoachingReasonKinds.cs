namespace InteractionAnalytics.Storage.Coaching;

/// <summary>The values of <c>coaching_items.reason_kind</c>: why a contact was put in front of a coach.</summary>
public static class CoachingReasonKinds
{
    /// <summary>A submitted QA evaluation failed a critical question.</summary>
    public const string QaCriticalFail = "qa_critical_fail";

    /// <summary>A submitted QA evaluation scored below the threshold (default 0.7).</summary>
    public const string QaLowScore = "qa_low_score";

    /// <summary>The contact's effective root cause is <c>agent</c>: corrected to it, or the model's with enough confidence.</summary>
    public const string AgentRootCause = "agent_root_cause";

    /// <summary>A supervisor or QA analyst flagged the contact from its page, with a reason.</summary>
    public const string Manual = "manual";

    /// <summary>Every kind, in the order filters list them.</summary>
    public static IReadOnlyList<string> All { get; } = [QaCriticalFail, QaLowScore, AgentRootCause, Manual];
}
