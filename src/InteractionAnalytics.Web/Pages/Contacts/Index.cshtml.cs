using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>
/// <c>/contacts</c>: the contacts the user may see, filtered by the query string (see <see cref="ContactListRequest"/>),
/// sorted, 50 to a page, with a link to the same list as CSV.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database, ContactAccess access)
    {
        _database = database;
        _access = access;
    }

    /// <summary>The filters, sort and page as given.</summary>
    public ContactListRequest Filters { get; private set; } = new();

    /// <summary>Why the filters could not be used, when they could not.</summary>
    public string? Error { get; private set; }

    /// <summary>The page of contacts; <see langword="null"/> when the filters are malformed.</summary>
    public ContactPage? Contacts { get; private set; }

    /// <summary>The values the filters offer.</summary>
    public ContactFilterValues? Values { get; private set; }

    /// <summary>Whether the user sees every agent's contacts (so the agent filter is offered).</summary>
    public bool SeesAll { get; private set; }

    /// <summary>Lists the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        if (scope.SeesNothing)
        {
            return Forbid();
        }

        SeesAll = scope.SeesAll;
        Filters = ContactListRequest.FromQuery(Request.Query);
        Values = await _database.Database.Contacts.GetFilterValuesAsync(scope.VisibleAgentId, cancellationToken);
        if (!Filters.TryCreateQuery(scope, out var query, out var error))
        {
            Error = error;
            return Page();
        }

        Contacts = await _database.Database.Contacts.ListAsync(query, cancellationToken);
        return Page();
    }
}
