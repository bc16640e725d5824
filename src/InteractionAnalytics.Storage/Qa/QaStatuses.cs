namespace InteractionAnalytics.Storage.Qa;

/// <summary>The values of <c>qa_evaluations.status</c>.</summary>
public static class QaStatuses
{
    /// <summary>Started, answers may still change; never shown to agents.</summary>
    public const string Draft = "draft";

    /// <summary>Scored and final; the contact's agent may read it.</summary>
    public const string Submitted = "submitted";
}
