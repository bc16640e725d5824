using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// The authorization policies by name. Every page and endpoint needs a signed-in user (the fallback policy) unless it
/// says otherwise; these narrow it by role.
/// </summary>
public static class Policies
{
    /// <summary>Admins only: user management.</summary>
    public const string Admins = "Admins";

    /// <summary>Admins and supervisors: correct classifications, coaching.</summary>
    public const string Supervisors = "Supervisors";

    /// <summary>Admins, supervisors and QA analysts: evaluations and every agent's numbers.</summary>
    public const string Qa = "Qa";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Admins] = [UserRoles.Admin],
        [Supervisors] = [UserRoles.Admin, UserRoles.Supervisor],
        [Qa] = [UserRoles.Admin, UserRoles.Supervisor, UserRoles.Qa],
    };
}
