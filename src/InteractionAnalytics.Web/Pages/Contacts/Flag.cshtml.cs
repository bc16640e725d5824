using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>
/// <c>/contacts/{callId}/flag</c>, coaches only (admins, supervisors, QA): flags a contact for coaching of its agent with a
/// required reason (POST with the anti-forgery token). The item and its audit entry on the contact are stored in one
/// transaction; then the browser is sent to the item. A contact that already has an open item flagged by hand is sent to
/// that item, not flagged twice. A GET shows the form.
/// </summary>
[Authorize(Policy = Policies.Qa)]
public sealed partial class FlagModel : PageModel
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int MaxReasonLength = 1000;

    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly TimeProvider _time;
    private readonly ILogger<FlagModel> _logger;

    /// <summary>Creates the page.</summary>
    public FlagModel(WebDatabase database, ContactAccess access, TimeProvider time, ILogger<FlagModel> logger)
    {
        _database = database;
        _access = access;
        _time = time;
        _logger = logger;
    }

    /// <summary>The contact's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string CallId { get; set; } = string.Empty;

    /// <summary>Why (required).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The contact.</summary>
    public ContactDetail Contact { get; private set; } = null!;

    /// <summary>What was wrong with the post.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Flags the contact and redirects to the item; shows the form with the error otherwise.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var reason = Reason?.Trim();
        if (Contact.AgentId is null)
        {
            Error = "This contact has no agent to coach (it was abandoned).";
        }
        else if (string.IsNullOrEmpty(reason))
        {
            Error = "Give a reason.";
        }
        else if (reason.Length > MaxReasonLength)
        {
            Error = $"Keep the reason under {MaxReasonLength} characters.";
        }

        if (Error is not null)
        {
            return Page();
        }

        var user = User.Identity!.Name!;
        var result = await _database.Database.Coaching.FlagAsync(Contact.CallId, reason!, user, _time.GetUtcNow(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Created)
        {
            LogFlagged(_logger, Contact.CallId, result.ItemId, user);
        }

        return Redirect("/coaching/" + Storage.Coaching.CoachingStore.Key(result.ItemId));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        var contact = scope.SeesNothing ? null : await _database.Database.Contacts.GetAsync(CallId, scope.VisibleAgentId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {CallId}: flagged for coaching as item {ItemId} by {User}")]
    private static partial void LogFlagged(ILogger logger, string callId, long itemId, string user);
}
