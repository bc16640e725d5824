namespace InteractionAnalytics.Storage.Coaching;

/// <summary>Which open coaching items to list, oldest first.</summary>
/// <param name="AgentId">Only this agent's items; <see langword="null"/> for every agent's.</param>
/// <param name="ReasonKind">Only this kind (<see cref="CoachingReasonKinds"/>); <see langword="null"/> for all.</param>
/// <param name="VisibleAgentId">The viewer's restriction: an agent sees only their own items; <see langword="null"/> for coaches.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record CoachingQuery(string? AgentId = null, string? ReasonKind = null, string? VisibleAgentId = null, int Page = 1, int PageSize = CoachingQuery.DefaultPageSize)
{
    /// <summary>The default page size, 50.</summary>
    public const int DefaultPageSize = 50;
}
