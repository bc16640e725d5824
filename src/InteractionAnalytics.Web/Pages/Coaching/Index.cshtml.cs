using System.Globalization;
using InteractionAnalytics.Storage.Coaching;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Pages.Coaching;

/// <summary>
/// <c>/coaching</c>: the open coaching items, oldest first, 50 to a page, filtered by agent (<c>agent</c>) and reason kind
/// (<c>kind</c>). For coaches (admins, supervisors, QA) opening the page first generates the flags that have no item yet
/// (QA evaluations that failed critically or scored under the threshold, contacts whose root cause is the agent): that is
/// idempotent, so opening the page twice adds nothing. "Refresh flags" (POST with the anti-forgery token) does the same on
/// demand and says how many items it added. An agent sees only their own items and cannot refresh (403).
/// </summary>
public sealed partial class IndexModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly TimeProvider _time;
    private readonly CoachingFlagRules _rules;
    private readonly ILogger<IndexModel> _logger;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database, ContactAccess access, TimeProvider time, IOptions<WebAppOptions> options, ILogger<IndexModel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _access = access;
        _time = time;
        _rules = new CoachingFlagRules(options.Value.CoachingQaScoreThreshold);
        _logger = logger;
    }

    /// <summary>Only this agent's items; empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "agent")]
    public string? Agent { get; set; }

    /// <summary>Only this kind (<see cref="CoachingReasonKinds"/>); empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>The page of the queue, 1-based.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public string? PageText { get; set; }

    /// <summary>How many items the last "Refresh flags" added, when the page follows one.</summary>
    [BindProperty(SupportsGet = true, Name = "added")]
    public int? Added { get; set; }

    /// <summary>The items.</summary>
    public CoachingPage Queue { get; private set; } = null!;

    /// <summary>The agents with open items, for the filter.</summary>
    public IReadOnlyList<string> Agents { get; private set; } = [];

    /// <summary>Whether the viewer is a coach (may refresh, note and close).</summary>
    public bool IsCoach { get; private set; }

    /// <summary>The QA score threshold the flags use, 0..1.</summary>
    public double Threshold => _rules.QaScoreThreshold;

    /// <summary>Generates missing flags (coaches) and lists the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        if (scope.SeesNothing)
        {
            return NotFound();
        }

        IsCoach = scope.SeesAll;
        if (IsCoach)
        {
            await RefreshAsync(cancellationToken);
        }

        var page = int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var kind = CoachingReasonKinds.All.Contains(Kind) ? Kind : null;
        Kind = kind;
        Agent = string.IsNullOrWhiteSpace(Agent) ? null : Agent.Trim();
        Queue = await _database.Database.Coaching.ListOpenAsync(
            new CoachingQuery(Agent, kind, scope.VisibleAgentId, page), cancellationToken);
        Agents = await _database.Database.Coaching.ListAgentsWithOpenItemsAsync(scope.VisibleAgentId, cancellationToken);
        return Page();
    }

    /// <summary>Generates missing flags now and shows the queue with how many were added; 403 for agents.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        if (!_access.ScopeOf(User).SeesAll)
        {
            return Forbid();
        }

        var added = await RefreshAsync(cancellationToken);
        return Redirect(string.Create(CultureInfo.InvariantCulture, $"/coaching?added={added}"));
    }

    /// <summary>The queue's URL for <paramref name="page"/> with the filters kept.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Agent is not null)
        {
            query.Add("agent=" + Uri.EscapeDataString(Agent));
        }

        if (Kind is not null)
        {
            query.Add("kind=" + Uri.EscapeDataString(Kind));
        }

        query.Add(string.Create(CultureInfo.InvariantCulture, $"page={page}"));
        return "/coaching?" + string.Join('&', query);
    }

    private async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var added = await _database.Database.Coaching.RefreshFlagsAsync(_rules, _time.GetUtcNow(), cancellationToken);
        if (added > 0)
        {
            LogFlagged(_logger, added, User.Identity?.Name ?? "?");
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coaching: {Added} new item(s) flagged, opened by {User}")]
    private static partial void LogFlagged(ILogger logger, int added, string user);
}
