using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Checks every signed-in request against the stored user: a deleted or disabled user's session ends at once, and a
/// changed role or agent id takes effect at the next request (the cookie is reissued with the stored claims).
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || UserClaims.UserId(principal) is not { } userId)
        {
            await RejectAsync(context);
            return;
        }

        var database = context.HttpContext.RequestServices.GetRequiredService<WebDatabase>();
        var user = await database.Database.Users.GetByIdAsync(userId, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled)
        {
            await RejectAsync(context);
            return;
        }

        if (!UserClaims.Match(principal, user))
        {
            context.ReplacePrincipal(UserClaims.PrincipalFor(user));
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
