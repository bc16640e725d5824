using System.Globalization;
using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Qa;

/// <summary>
/// <c>/qa</c>, QA users only: every evaluation, newest first, 50 to a page, filtered by agent (<c>agent</c>), status
/// (<c>status</c>: draft or submitted) and date (<c>from</c>, <c>to</c>: yyyy-MM-dd, inclusive; the date submitted, or
/// started for drafts, in UTC). A filter value that does not parse is ignored.
/// </summary>
[Authorize(Policy = Policies.Qa)]
public sealed class IndexModel : PageModel
{
    private readonly WebDatabase _database;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database) => _database = database;

    /// <summary>The query the page shows.</summary>
    public QaEvaluationQuery Query { get; private set; } = new();

    /// <summary>The page of evaluations.</summary>
    public QaEvaluationPage Evaluations { get; private set; } = null!;

    /// <summary>Lists the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query;
        var agent = q["agent"].ToString().Trim();
        var status = q["status"].ToString();
        Query = new QaEvaluationQuery
        {
            AgentId = agent.Length == 0 ? null : agent,
            Status = status is QaStatuses.Draft or QaStatuses.Submitted ? status : null,
            From = ParseDate(q["from"]),
            To = ParseDate(q["to"]),
            Page = int.TryParse(q["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1,
        };
        Evaluations = await _database.Database.Qa.ListAsync(Query, cancellationToken);
        return Page();
    }

    /// <summary>The list's URL for <paramref name="page"/> with the current filters kept.</summary>
    public string PageUrl(int page)
    {
        var parts = new List<string>();
        if (Query.AgentId is { } agent)
        {
            parts.Add("agent=" + Uri.EscapeDataString(agent));
        }

        if (Query.Status is { } status)
        {
            parts.Add("status=" + status);
        }

        if (Query.From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Query.To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return "/qa?" + string.Join("&", parts);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
