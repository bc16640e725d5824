using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Web.Pages.Admin.Users;

/// <summary>The checks the user-management forms share, so adding a user and changing one refuse the same things.</summary>
internal static class UserForms
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>What is wrong with a role and agent id as typed (empty when nothing is); the agent id trimmed, null when blank.</summary>
    public static List<string> CheckRole(string? role, ref string? agentId)
    {
        var errors = new List<string>();
        agentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId.Trim();
        if (!UserRoles.IsValid(role))
        {
            errors.Add("Choose a role from the list.");
        }
        else if (role == UserRoles.Agent && agentId is null)
        {
            errors.Add("A user with role agent needs an agent id (as in calls.csv agent_id): they see only those contacts.");
        }
        else if (role != UserRoles.Agent && agentId is not null)
        {
            errors.Add($"Only a user with role agent has an agent id; leave it empty for role {role}.");
        }

        return errors;
    }

    /// <summary>What is wrong with a new password typed twice (empty when nothing is).</summary>
    public static List<string> CheckPassword(string? password, string? confirm)
    {
        var errors = new List<string>();
        if (UserPasswordHasher.Problem(password) is { } problem)
        {
            errors.Add(char.ToUpperInvariant(problem[0]) + problem[1..] + $" (at least {UserPasswordHasher.MinimumLength}).");
        }
        else if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            errors.Add("The two passwords differ; type the same password twice.");
        }

        return errors;
    }

    /// <summary>What is wrong with an optional reason (empty when nothing is).</summary>
    public static List<string> CheckReason(string? reason) =>
        reason is not null && reason.Trim().Length > MaxReasonLength ? [$"Keep the reason under {MaxReasonLength} characters."] : [];

    /// <summary>The sentence that explains a refused change.</summary>
    public static string Refusal(UserChangeResult result) => result switch
    {
        UserChangeResult.RefusedSelf => "You cannot disable or demote yourself; another admin must.",
        UserChangeResult.RefusedLastAdmin => "This is the last enabled admin: add or enable another admin first.",
        UserChangeResult.NotFound => "There is no such user.",
        _ => "Nothing changed.",
    };
}
