using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages;

/// <summary><c>POST /signout</c> (with the anti-forgery token): ends the session and returns to the sign-in page.</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    /// <summary>Signing out is a POST; a GET just goes to the sign-in page.</summary>
    public IActionResult OnGet() => RedirectToPage("/SignIn");

    /// <summary>Deletes the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/SignIn");
    }
}
