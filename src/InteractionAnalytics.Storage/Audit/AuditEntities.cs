namespace InteractionAnalytics.Storage.Audit;

/// <summary>The values of <c>audit_log.entity</c>: what kind of thing a change was made to.</summary>
public static class AuditEntities
{
    /// <summary>A contact (key: its call id): classification corrections, and later evaluations and coaching notes.</summary>
    public const string Contact = "contact";

    /// <summary>A web app user (key: the user's name).</summary>
    public const string User = "user";

    /// <summary>A coaching item (key: its item id): coaches' notes and closing.</summary>
    public const string CoachingItem = "coaching_item";

    /// <summary>
    /// A QA evaluation (key: its evaluation id). Not filed under the contact: a contact's history is shown to its agent, who
    /// must not learn of draft evaluations.
    /// </summary>
    public const string QaEvaluation = "qa_evaluation";

    /// <summary>
    /// A set of contacts deleted together (key: how they were selected, without the ids: <c>calls</c>, <c>customers</c>,
    /// <c>started_before &lt;UTC cut-off&gt;</c>); the deleted contacts' own entries are deleted with them.
    /// </summary>
    public const string Contacts = "contacts";
}
