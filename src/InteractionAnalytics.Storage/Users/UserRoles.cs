namespace InteractionAnalytics.Storage.Users;

/// <summary>
/// The roles a user of the web app has (stored in <c>users.role</c>, lower case). What each may do is decided by the web
/// app's policies (docs/web.md); this class only names them.
/// </summary>
public static class UserRoles
{
    /// <summary>Everything a supervisor may do, and managing users.</summary>
    public const string Admin = "admin";

    /// <summary>Sees every contact and corrects classifications.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Sees every contact and evaluates them; does not correct classifications.</summary>
    public const string Qa = "qa";

    /// <summary>Sees only the contacts they handled (<c>contacts.agent_id</c> equal to their own agent id).</summary>
    public const string Agent = "agent";

    /// <summary>Every role, most privileged first.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Supervisor, Qa, Agent];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsValid(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
