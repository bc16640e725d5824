using System.Security.Claims;
using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Says which contacts a user may see: an agent only the contacts whose <c>agent_id</c> equals their own agent id;
/// admins, supervisors and QA every contact; anybody else (no role, an agent without an agent id) none. Pages and
/// endpoints pass the resulting restriction to storage, so it applies to lists, exports and single contacts alike.
/// </summary>
public sealed class ContactAccess
{
    /// <summary>The contacts <paramref name="user"/> may see.</summary>
    public ContactScope ScopeOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return new ContactScope(SeesAll: false, AgentId: null);
        }

        return UserClaims.Role(user) switch
        {
            UserRoles.Admin or UserRoles.Supervisor or UserRoles.Qa => new ContactScope(SeesAll: true, AgentId: null),
            UserRoles.Agent => new ContactScope(SeesAll: false, AgentId: UserClaims.AgentId(user) is { Length: > 0 } agent ? agent : null),
            _ => new ContactScope(SeesAll: false, AgentId: null),
        };
    }
}
