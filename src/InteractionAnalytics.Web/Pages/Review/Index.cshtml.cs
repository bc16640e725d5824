using System.Globalization;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Review;

/// <summary>
/// <c>/review</c>, supervisors and admins only: the contacts flagged for review (a low-confidence classification, or speaker
/// roles inferred with low confidence) and not corrected since, oldest contact first, 50 to a page. Correcting a contact's
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

    /// <summary>Lists the page (<c>page</c> in the query string, 1 when missing or not a positive number).</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        Queue = await _database.Database.Contacts.ListReviewQueueAsync(page, ContactQuery.DefaultPageSize, cancellationToken);
        return Page();
    }
}
