using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// <c>/</c>, the overview: for a date range (<c>from</c>, <c>to</c>; default all dates), AHT next to FCR with its 95%
/// interval and n, by intent, by root cause (a supervisor's correction wins over the model) and by team, the root-cause
/// Pareto, the daily trends of volume, AHT, FCR and abandonment (inline SVG with the values as text, and a table), and the agents
/// who are fast but not resolving. Agents see the intent, root-cause and team tables but not the list, which names other
/// agents.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly int _minSample;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database, ContactAccess access, IOptions<WebAppOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _access = access;
        _minSample = options.Value.MinSample;
    }

    /// <summary>First date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    /// <summary>Last date included, yyyy-MM-dd, as given.</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>Why the dates could not be used, when they could not.</summary>
    public string? Error { get; private set; }

    /// <summary>The report by intent.</summary>
    public Report? ByIntent { get; private set; }

    /// <summary>The report by root cause (corrected root causes count under the correction).</summary>
    public Report? ByRootCause { get; private set; }

    /// <summary>The report by team.</summary>
    public Report? ByTeam { get; private set; }

    /// <summary>The report by day (the daily trends and their table).</summary>
    public Report? ByDay { get; private set; }

    /// <summary>The root-cause Pareto of <see cref="ByRootCause"/>.</summary>
    public RootCausePareto? Pareto { get; private set; }

    /// <summary>The daily trends of volume, AHT, FCR and abandonment from <see cref="ByDay"/>.</summary>
    public IReadOnlyList<TrendChart> Trends { get; private set; } = [];

    /// <summary>Whether the fast-but-not-resolving list (agent names) is shown.</summary>
    public bool ShowAgents { get; private set; }

    /// <summary>The minimum sample of the fast-but-not-resolving list.</summary>
    public int MinSample => _minSample;

    /// <summary>Computes the reports.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!DateRange.TryParse(From, To, out var from, out var to, out var error))
        {
            Error = error;
            return Page();
        }

        ShowAgents = _access.ScopeOf(User).SeesAll;
        var reports = _database.Database.Reports;
        ByIntent = await reports.GetReportAsync(new ReportQuery(from, to, ReportGrouping.Intent, _minSample), cancellationToken);
        ByRootCause = await reports.GetReportAsync(new ReportQuery(from, to, ReportGrouping.RootCause, _minSample), cancellationToken);
        ByTeam = await reports.GetReportAsync(new ReportQuery(from, to, ReportGrouping.Team, _minSample), cancellationToken);
        ByDay = await reports.GetReportAsync(new ReportQuery(from, to, ReportGrouping.Day, _minSample), cancellationToken);
        Pareto = RootCausePareto.From(ByRootCause);
        Trends = TrendChart.Daily(ByDay);
        return Page();
    }
}
