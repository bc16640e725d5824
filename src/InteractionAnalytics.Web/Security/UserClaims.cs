using System.Globalization;
using System.Security.Claims;
using InteractionAnalytics.Storage.Users;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InteractionAnalytics.Web.Security;

/// <summary>What the sign-in cookie says about its user, and how a stored user becomes those claims.</summary>
public static class UserClaims
{
    /// <summary>The claim with the agent id of a user with role agent.</summary>
    public const string AgentIdClaim = "ia:agent_id";

    /// <summary>The claims of <paramref name="user"/>: id, name, role and (for agents) agent id.</summary>
    public static ClaimsPrincipal PrincipalFor(StoredUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.AgentId is not null)
        {
            claims.Add(new Claim(AgentIdClaim, user.AgentId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The user id in <paramref name="principal"/>'s claims, or <see langword="null"/> when it is not a signed-in user.</summary>
    public static long? UserId(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>The role claim of <paramref name="principal"/>, or <see langword="null"/>.</summary>
    public static string? Role(ClaimsPrincipal principal) => principal?.FindFirstValue(ClaimTypes.Role);

    /// <summary>The agent id claim of <paramref name="principal"/>, or <see langword="null"/>.</summary>
    public static string? AgentId(ClaimsPrincipal principal) => principal?.FindFirstValue(AgentIdClaim);

    /// <summary>Whether <paramref name="principal"/>'s claims still say what the stored <paramref name="user"/> says.</summary>
    public static bool Match(ClaimsPrincipal principal, StoredUser user)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(user);
        return string.Equals(principal.Identity?.Name, user.Name, StringComparison.Ordinal)
            && string.Equals(Role(principal), user.Role, StringComparison.Ordinal)
            && string.Equals(AgentId(principal), user.AgentId, StringComparison.Ordinal);
    }
}
