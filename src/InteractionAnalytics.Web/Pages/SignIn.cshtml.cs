using System.Globalization;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// <c>/signin</c>: the one page open to anonymous visitors. A failed sign-in says only "wrong name or password", whatever
/// was wrong (no user enumeration). After too many failures for the name or from the client address the form answers
/// 429 with roughly how long to wait, and checks no password until then.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel : PageModel
{
    private readonly UserSignIn _signIn;

    /// <summary>Creates the page.</summary>
    public SignInModel(UserSignIn signIn) => _signIn = signIn;

    /// <summary>The name typed (kept in the form after a failure; never the password).</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in: a local path only, else the overview.</summary>
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the last attempt failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>When the attempt was refused for too many failures: how long until the next may be made.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>A wait said roughly: "about 12 minutes", "about 1 minute", "less than a minute".</summary>
    public static string WaitText(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return wait < TimeSpan.FromMinutes(1) ? "less than a minute" : minutes == 1 ? "about 1 minute" : "about " + minutes.ToString(CultureInfo.InvariantCulture) + " minutes";
    }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the name and password; signs in and redirects, or shows the form again with the generic message.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var attempt = await _signIn.SignInAsync(Name, Password, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        Password = null;
        if (attempt.RetryAfter is { } wait)
        {
            RetryAfter = wait;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        if (attempt.User is not { } user)
        {
            Failed = true;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.PrincipalFor(user),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
