using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// <c>/signin</c>: the one page open to anonymous visitors. A failed sign-in says only "wrong name or password", whatever
/// was wrong (no user enumeration).
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

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the name and password; signs in and redirects, or shows the form again with the generic message.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await _signIn.CheckAsync(Name, Password, cancellationToken);
        Password = null;
        if (user is null)
        {
            Failed = true;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.PrincipalFor(user),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
