using System.Globalization;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Review;

/// <summary>
/// <c>/review</c>, supervisors and admins only: the contacts flagged for review (a low-confidence classification, phrase
/// rules and the model disagreeing on the root cause, or speaker roles inferred with low confidence) and not corrected since, oldest contact first, 50 to a page. Correcting a contact's
/// classification removes its classification flag; correcting its speaker roles removes its roles flag.
/// </summary>
[Authorize(Policy = Policies.Supervisors)]
public sealed class IndexModel : PageModel
{
    private readonly WebDatabase _database;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database) => _database = database;

    /// <summary>The page of the queue.</summary>
    public ReviewQueuePage Queue { get; private set; } = null!;

    /// <summary>
    /// Lists the page (<c>page</c> in the query string, 1 when missing or not a positive number), narrowed to one flag when
    /// <c>flag</c> names one (<see cref="ReviewKindNames"/>; anything else shows every flagged contact).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var only = ReviewKindNames.TryParse(Request.Query["flag"], out var flag) ? flag : null;
        Queue = await _database.Database.Contacts.ListReviewQueueAsync(page, ContactQuery.DefaultPageSize, only, cancellationToken);
        return Page();
    }

    /// <summary>The queue's URL for <paramref name="page"/> with the current flag kept.</summary>
    public string PageUrl(int page) =>
        Queue.Only is { } only
            ? string.Create(CultureInfo.InvariantCulture, $"/review?flag={ReviewKindNames.Name(only)}&page={page}")
            : string.Create(CultureInfo.InvariantCulture, $"/review?page={page}");
}
