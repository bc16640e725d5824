using InteractionAnalytics.Web.Qa;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Qa;

/// <summary>
/// <c>/qa/start/{callId}</c>, QA users only: POST (with the anti-forgery token) starts a draft evaluation of the contact with
/// the configured form, the automatic questions pre-answered from its transcript, and redirects to it. A GET goes back to
/// the contact. An unknown contact answers 404.
/// </summary>
[Authorize(Policy = Policies.Qa)]
public sealed partial class StartModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly QaSetup _setup;
    private readonly TimeProvider _time;
    private readonly ILogger<StartModel> _logger;

    /// <summary>Creates the page.</summary>
    public StartModel(WebDatabase database, QaSetup setup, TimeProvider time, ILogger<StartModel> logger)
    {
        _database = database;
        _setup = setup;
        _time = time;
        _logger = logger;
    }

    /// <summary>The contact's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string CallId { get; set; } = string.Empty;

    /// <summary>Nothing to show: back to the contact.</summary>
    public IActionResult OnGet() => RedirectToPage("/Contacts/Detail", new { callId = CallId });

    /// <summary>Starts the evaluation and redirects to it.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        var id = await _database.Database.Qa.StartAsync(CallId, _setup.Form, _setup.Answerer, user, _time.GetUtcNow(), cancellationToken);
        if (id is null)
        {
            return NotFound();
        }

        LogStarted(_logger, id.Value, CallId, user);
        return RedirectToPage("/Qa/Evaluation", new { id = id.Value });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "QA evaluation {EvaluationId} of contact {CallId} started by {User}")]
    private static partial void LogStarted(ILogger logger, long evaluationId, string callId, string user);
}
