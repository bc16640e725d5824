using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// The body of error responses (403, 404, 400, 500), re-executed by the status-code middleware; the response keeps its
/// original status. Anonymous, and without anti-forgery checks, because it shows only a fixed message.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The status code.</summary>
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    /// <summary>The heading.</summary>
    public string Title => Code switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        _ => "Something went wrong",
    };

    /// <summary>The explanation.</summary>
    public string Message => Code switch
    {
        StatusCodes.Status400BadRequest => "The request could not be used. If you sent a form, reload the page and send it again.",
        StatusCodes.Status403Forbidden => "Your role does not allow this.",
        StatusCodes.Status404NotFound => "There is nothing here, or nothing you may see.",
        _ => "The server could not complete the request. It has been logged.",
    };

    /// <summary>Shows the message.</summary>
    public void OnGet()
    {
    }

    /// <summary>A re-executed POST shows the same message.</summary>
    public void OnPost()
    {
    }
}
