using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Storage.Coaching;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Pages.Agents;

/// <summary>
/// <c>/agents/{agentId}</c>: one agent's scorecard over a date range (<c>from</c>, <c>to</c>; default all dates): every
/// number next to the team's with the difference, weekly trends (AHT, FCR, transfer rate, sentiment change; SVG with the
/// values as text, and a table), and the agent's open coaching items. Admins, supervisors and QA see any agent's; an agent
/// sees only their own. Another agent's scorecard, or an agent never seen in the contacts, is 404.
/// </summary>
public sealed class ScorecardModel : PageModel
{
    /// <summary>How many open coaching items the scorecard lists (the queue has the rest).</summary>
    public const int CoachingItemsShown = 20;

    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly ScorecardMinimums _minimums;

    /// <summary>Creates the page.</summary>
    public ScorecardModel(WebDatabase database, ContactAccess access, IOptions<WebAppOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _access = access;
        _minimums = new ScorecardMinimums(options.Value.MinSample, options.Value.QaMinEvaluations);
    }

    /// <summary>The agent, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string AgentId { get; set; } = string.Empty;

    /// <summary>First date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    /// <summary>Last date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>Why the dates could not be used, when they could not.</summary>
    public string? Error { get; private set; }

    /// <summary>The scorecard; <see langword="null"/> when the dates could not be used.</summary>
    public Scorecard? Card { get; private set; }

    /// <summary>The weekly charts: AHT, FCR, transfer rate, sentiment change.</summary>
    public IReadOnlyList<WeeklyTrendChart> Trends { get; private set; } = [];

    /// <summary>The agent's open coaching items, oldest first.</summary>
    public CoachingPage? Coaching { get; private set; }

    /// <summary>Whether the viewer is a coach (sees the list of agents and may act on coaching items).</summary>
    public bool IsCoach { get; private set; }

    /// <summary>The metrics of the weekly trends.</summary>
    public static IReadOnlyList<ScorecardMetric> TrendMetrics { get; } =
        [ScorecardMetric.Aht, ScorecardMetric.Fcr, ScorecardMetric.TransferRate, ScorecardMetric.SentimentChange];

    /// <summary>Shows the scorecard, or 404 when the user may not see it or the agent is unknown.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        if (!scope.CanSee(AgentId))
        {
            return NotFound();
        }

        IsCoach = scope.SeesAll;
        if (!DateRange.TryParse(From, To, out var from, out var to, out var error))
        {
            Error = error;
            return Page();
        }

        Card = await _database.Database.Scorecards.GetAsync(AgentId, from, to, _minimums, cancellationToken);
        if (Card is null)
        {
            return NotFound();
        }

        Trends = [.. TrendMetrics.Select(m => WeeklyTrendChart.Create(m, Card.Weeks))];
        Coaching = await _database.Database.Coaching.ListOpenAsync(
            new CoachingQuery(AgentId: AgentId, VisibleAgentId: scope.VisibleAgentId, PageSize: CoachingItemsShown), cancellationToken);
        return Page();
    }
}
