namespace InteractionAnalytics.Web.Security;

/// <summary>Which contacts a user may see: all of them, or only one agent's, or none.</summary>
/// <param name="SeesAll">Every contact (admins, supervisors, QA).</param>
/// <param name="AgentId">When not <paramref name="SeesAll"/>: the agent whose contacts are visible; <see langword="null"/> for none.</param>
public sealed record ContactScope(bool SeesAll, string? AgentId)
{
    /// <summary>No contact at all (a user whose role or agent id is missing).</summary>
    public bool SeesNothing => !SeesAll && AgentId is null;

    /// <summary>The restriction to pass to storage (<c>ContactQuery.VisibleAgentId</c>): <see langword="null"/> when all are visible.</summary>
    public string? VisibleAgentId => SeesAll ? null : AgentId;

    /// <summary>Whether a contact handled by <paramref name="contactAgentId"/> is visible.</summary>
    public bool CanSee(string? contactAgentId) =>
        SeesAll || (AgentId is not null && string.Equals(AgentId, contactAgentId, StringComparison.Ordinal));
}
