namespace InteractionAnalytics.Storage.Audit;

/// <summary>One change, as the audit log keeps it: who, when, what, before, after and why.</summary>
/// <param name="At">When the change was made.</param>
/// <param name="UserName">Who made it: a web app user's name, or <c>cli:&lt;os user&gt;</c> for the command line.</param>
/// <param name="Action">What was done, one of <see cref="AuditActions"/>.</param>
/// <param name="Entity">The kind of thing changed, one of <see cref="AuditEntities"/>.</param>
/// <param name="EntityKey">Which one: a call id, a user name.</param>
/// <param name="BeforeJson">The changed values before, as a JSON object; <see langword="null"/> when the thing is new.</param>
/// <param name="AfterJson">The changed values after, as a JSON object; <see langword="null"/> when the thing is gone.</param>
/// <param name="Reason">Why, when the action asks for one (a correction always does).</param>
public sealed record AuditEntry(
    DateTimeOffset At, string UserName, string Action, string Entity, string EntityKey, string? BeforeJson, string? AfterJson, string? Reason)
{
    /// <summary>The entry's key in <c>audit_log</c>, increasing; 0 for an entry not yet stored.</summary>
    public long AuditId { get; init; }
}
