namespace InteractionAnalytics.Storage.Audit;

/// <summary>The values of <c>audit_log.entity</c>: what kind of thing a change was made to.</summary>
public static class AuditEntities
{
    /// <summary>A contact (key: its call id): classification corrections, and later evaluations and coaching notes.</summary>
    public const string Contact = "contact";

    /// <summary>A web app user (key: the user's name).</summary>
    public const string User = "user";
}
