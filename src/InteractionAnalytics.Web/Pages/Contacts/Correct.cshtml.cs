using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>
/// <c>/contacts/{callId}/correct</c>, supervisors and admins only: corrects a contact's intent and/or root cause with a
/// required reason (POST with the anti-forgery token). The correction and its audit entry (who, when, before, after,
/// reason) are stored in one transaction; then the browser is redirected to the contact (post/redirect/get). A GET
/// shows the form on its own.
/// </summary>
[Authorize(Policy = Policies.Supervisors)]
public sealed partial class CorrectModel : PageModel
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int MaxReasonLength = 1000;

    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly CorrectionChoices _choices;
    private readonly TimeProvider _time;
    private readonly ILogger<CorrectModel> _logger;

    /// <summary>Creates the page.</summary>
    public CorrectModel(WebDatabase database, ContactAccess access, CorrectionChoices choices, TimeProvider time, ILogger<CorrectModel> logger)
    {
        _database = database;
        _access = access;
        _choices = choices;
        _time = time;
        _logger = logger;
    }

    /// <summary>The contact's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string CallId { get; set; } = string.Empty;

    /// <summary>The new intent; empty to keep it.</summary>
    [BindProperty]
    public string? Intent { get; set; }

    /// <summary>The new root cause; empty to keep it.</summary>
    [BindProperty]
    public string? RootCause { get; set; }

    /// <summary>Why (required).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The form to show.</summary>
    public CorrectionForm Form { get; private set; } = null!;

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contact = await LoadAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var (intents, rootCauses) = await _choices.GetAsync(cancellationToken);
        Form = new CorrectionForm(contact, intents, rootCauses, null, null, null, []);
        return Page();
    }

    /// <summary>Validates and stores the correction, then redirects to the contact; shows the form with the errors otherwise.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var contact = await LoadAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var (intents, rootCauses) = await _choices.GetAsync(cancellationToken);
        var intent = string.IsNullOrWhiteSpace(Intent) ? null : Intent.Trim();
        var rootCause = string.IsNullOrWhiteSpace(RootCause) ? null : RootCause.Trim();
        var reason = Reason?.Trim();
        var errors = new List<string>();
        if (contact.Classification is null)
        {
            errors.Add("This contact has no classification to correct (it has no transcript).");
        }

        if (intent is not null && !intents.Any(l => l.Id == intent))
        {
            errors.Add("Choose an intent from the list.");
        }

        if (rootCause is not null && !rootCauses.Any(l => l.Id == rootCause))
        {
            errors.Add("Choose a root cause from the list.");
        }

        // Choosing the label the contact already has changes nothing; only real changes are recorded.
        intent = intent == contact.Intent ? null : intent;
        rootCause = rootCause == contact.RootCause ? null : rootCause;
        if (errors.Count == 0 && intent is null && rootCause is null)
        {
            errors.Add("Choose a different intent or root cause.");
        }

        if (string.IsNullOrEmpty(reason))
        {
            errors.Add("Give a reason.");
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors.Add($"Keep the reason under {MaxReasonLength} characters.");
        }

        if (errors.Count > 0)
        {
            Form = new CorrectionForm(contact, intents, rootCauses, Intent, RootCause, Reason, errors);
            return Page();
        }

        var user = User.Identity!.Name!;
        await _database.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection(contact.CallId, intent, rootCause, reason!, user, _time.GetUtcNow()), cancellationToken);
        LogCorrected(_logger, contact.CallId, user);
        return RedirectToPage("/Contacts/Detail", new { callId = contact.CallId });
    }

    private async Task<ContactDetail?> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        return scope.SeesNothing ? null : await _database.Database.Contacts.GetAsync(CallId, scope.VisibleAgentId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {CallId}: classification corrected by {User}")]
    private static partial void LogCorrected(ILogger logger, string callId, string user);
}
