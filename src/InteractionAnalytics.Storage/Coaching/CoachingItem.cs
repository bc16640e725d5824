namespace InteractionAnalytics.Storage.Coaching;

/// <summary>One contact (or topic) put in front of a coach for one agent.</summary>
/// <param name="ItemId">The item's key.</param>
/// <param name="AgentId">The agent to coach.</param>
/// <param name="CallId">The contact it is about; <see langword="null"/> when it is about none (or the contact is gone).</param>
/// <param name="ReasonKind">Why, one of <see cref="CoachingReasonKinds"/>.</param>
/// <param name="Reason">Why, in words (the flag's details or the person's reason).</param>
/// <param name="Status">One of <see cref="CoachingStatuses"/>.</param>
/// <param name="CreatedBy">Who flagged it: a user's name, or <see cref="CoachingFlagRules.SystemUser"/> for generated flags.</param>
/// <param name="CreatedAt">When it was flagged.</param>
/// <param name="ClosedBy">Who closed it; <see langword="null"/> while open.</param>
/// <param name="ClosedAt">When it was closed; <see langword="null"/> while open.</param>
public sealed record CoachingItem(
    long ItemId, string AgentId, string? CallId, string ReasonKind, string Reason, string Status,
    string CreatedBy, DateTimeOffset CreatedAt, string? ClosedBy, DateTimeOffset? ClosedAt)
{
    /// <summary>Whether the item is still open.</summary>
    public bool IsOpen => Status == CoachingStatuses.Open;
}
