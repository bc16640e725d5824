using InteractionAnalytics.Storage.Coaching;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>How coaching reason kinds read on the pages.</summary>
internal static class CoachingDisplay
{
    /// <summary>The kind's label.</summary>
    public static string Kind(string kind) => kind switch
    {
        CoachingReasonKinds.QaCriticalFail => "QA critical fail",
        CoachingReasonKinds.QaLowScore => "QA low score",
        CoachingReasonKinds.AgentRootCause => "Root cause: agent",
        CoachingReasonKinds.Manual => "Flagged by hand",
        _ => kind,
    };
}
