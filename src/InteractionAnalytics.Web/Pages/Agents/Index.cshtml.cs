using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Pages.Agents;

/// <summary>
/// <c>/agents</c>, admins, supervisors and QA: every agent with handled contacts in the date range (<c>from</c>, <c>to</c>;
/// default all dates) with their headline numbers against their team, sortable (<c>sort</c>, <see cref="AgentSort"/>). An
/// agent's number below the minimum sample reads "fewer than N contacts". An agent user gets 404 (the list names other
/// agents), as for anything else they may not see.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly ScorecardMinimums _minimums;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database, ContactAccess access, IOptions<WebAppOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _access = access;
        _minimums = new ScorecardMinimums(options.Value.MinSample, options.Value.QaMinEvaluations);
    }

    /// <summary>First date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    /// <summary>Last date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>The order, one of <see cref="AgentSort"/>; anything else is <see cref="AgentSort.Agent"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Why the dates could not be used, when they could not.</summary>
    public string? Error { get; private set; }

    /// <summary>The minimums the agents' numbers are held to.</summary>
    public ScorecardMinimums Minimums => _minimums;

    /// <summary>The agents' scorecards, in the chosen order.</summary>
    public IReadOnlyList<Scorecard> Cards { get; private set; } = [];

    /// <summary>The metrics the list shows, agent over team.</summary>
    public static IReadOnlyList<ScorecardMetric> Columns { get; } =
        [ScorecardMetric.Aht, ScorecardMetric.Fcr, ScorecardMetric.TransferRate, ScorecardMetric.SentimentChange, ScorecardMetric.AgentRootCauseShare, ScorecardMetric.QaScore];

    /// <summary>Lists the agents; 404 for an agent user.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_access.ScopeOf(User).SeesAll)
        {
            return NotFound();
        }

        Sort = AgentSort.All.Contains(Sort) ? Sort : AgentSort.Agent;
        if (!DateRange.TryParse(From, To, out var from, out var to, out var error))
        {
            Error = error;
            return Page();
        }

        var cards = await _database.Database.Scorecards.ListAsync(from, to, _minimums, cancellationToken);
        Cards = Order(cards, Sort);
        return Page();
    }

    /// <summary>This list's URL in another order, the dates kept.</summary>
    public string SortUrl(string sort)
    {
        var query = new List<string> { "sort=" + Uri.EscapeDataString(sort) };
        if (!string.IsNullOrEmpty(From))
        {
            query.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrEmpty(To))
        {
            query.Add("to=" + Uri.EscapeDataString(To));
        }

        return "/agents?" + string.Join('&', query);
    }

    /// <summary>The scorecard's URL with the dates kept.</summary>
    public string ScorecardUrl(string agentId)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(From))
        {
            query.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrEmpty(To))
        {
            query.Add("to=" + Uri.EscapeDataString(To));
        }

        return "/agents/" + Uri.EscapeDataString(agentId) + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    private static List<Scorecard> Order(IReadOnlyList<Scorecard> cards, string? sort)
    {
        var byId = cards.OrderBy(c => c.AgentId, StringComparer.Ordinal);
        return sort switch
        {
            AgentSort.Team => [.. cards.OrderBy(c => c.Team is null ? 1 : 0).ThenBy(c => c.Team, StringComparer.Ordinal).ThenBy(c => c.AgentId, StringComparer.Ordinal)],
            AgentSort.Handled => [.. cards.OrderByDescending(c => c.AgentMetrics.Handled).ThenBy(c => c.AgentId, StringComparer.Ordinal)],
            AgentSort.Aht => [.. ByDifference(cards, ScorecardMetric.Aht, descending: false)],
            AgentSort.Fcr => [.. ByDifference(cards, ScorecardMetric.Fcr, descending: false)],
            AgentSort.AgentRootCause => [.. cards
                .OrderBy(c => c.AgentMetrics[ScorecardMetric.AgentRootCauseShare].Shown is null ? 1 : 0)
                .ThenByDescending(c => c.AgentMetrics[ScorecardMetric.AgentRootCauseShare].Shown)
                .ThenBy(c => c.AgentId, StringComparer.Ordinal)],
            _ => [.. byId],
        };
    }

    private static IEnumerable<Scorecard> ByDifference(IEnumerable<Scorecard> cards, ScorecardMetric metric, bool descending)
    {
        var withDifference = cards.Select(c => (Card: c, Difference: c.Lines.Single(l => l.Metric == metric).Difference));
        var known = withDifference.Where(c => c.Difference is not null);
        var ordered = descending ? known.OrderByDescending(c => c.Difference) : known.OrderBy(c => c.Difference);
        return ordered.ThenBy(c => c.Card.AgentId, StringComparer.Ordinal).Select(c => c.Card)
            .Concat(withDifference.Where(c => c.Difference is null).Select(c => c.Card).OrderBy(c => c.AgentId, StringComparer.Ordinal));
    }
}
