namespace InteractionAnalytics.Storage.Users;

/// <summary>A user of the web app as stored in <c>users</c>.</summary>
/// <param name="UserId">The key, increasing from 1.</param>
/// <param name="Name">The sign-in name; unique without regard to case.</param>
/// <param name="Role">One of <see cref="UserRoles.All"/>.</param>
/// <param name="AgentId">For <see cref="UserRoles.Agent"/>: the agent's id in <c>contacts.agent_id</c>; otherwise <see langword="null"/>.</param>
/// <param name="PasswordHash">The password hash (ASP.NET Core Identity's format, made by the web app); never the password.</param>
/// <param name="CreatedAt">When the user was added.</param>
/// <param name="Disabled">A disabled user cannot sign in, and a signed-in session of theirs ends at its next request.</param>
public sealed record StoredUser(long UserId, string Name, string Role, string? AgentId, string PasswordHash, DateTimeOffset CreatedAt, bool Disabled)
{
    /// <summary>The name and role only, so the hash never lands in a log by accident.</summary>
    public override string ToString() => $"{Name} ({Role})";
}
