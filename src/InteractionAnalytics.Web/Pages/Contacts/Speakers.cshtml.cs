using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>
/// <c>/contacts/{callId}/speakers</c>, supervisors and admins only: sets the role of each speaker label of a contact's
/// transcript with a required reason (POST with the anti-forgery token; the fields <c>Labels</c> and <c>Roles</c> repeat
/// once per label, in the same order). The corrections, their audit entry and the updated roles and turns are stored in one
/// transaction, with the contact reclassified under the corrected roles when the host gave a classifier
/// (<see cref="WebAppOptions.Reclassifier"/>), and the contact leaves the review queue's speaker-roles kind; then the browser is redirected to the contact
/// (post/redirect/get). A GET shows the form on its own.
/// </summary>
[Authorize(Policy = Policies.Supervisors)]
public sealed partial class SpeakersModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly TimeProvider _time;
    private readonly ReviewingClassifier? _reclassifier;
    private readonly ILogger<SpeakersModel> _logger;

    /// <summary>Creates the page.</summary>
    public SpeakersModel(WebDatabase database, ContactAccess access, TimeProvider time, IOptions<WebAppOptions> options, ILogger<SpeakersModel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _access = access;
        _time = time;
        _reclassifier = options.Value.Reclassifier;
        _logger = logger;
    }

    /// <summary>The contact's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string CallId { get; set; } = string.Empty;

    /// <summary>The speaker labels, in the form's order.</summary>
    [BindProperty]
    public IList<string> Labels { get; set; } = [];

    /// <summary>The role chosen for each of <see cref="Labels"/>, in the same order.</summary>
    [BindProperty]
    public IList<string> Roles { get; set; } = [];

    /// <summary>Why (required).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The form to show.</summary>
    public SpeakerRoleForm Form { get; private set; } = null!;

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contact = await LoadAsync(cancellationToken);
        if (contact is null || contact.SpeakerRoles.Count == 0)
        {
            return NotFound();
        }

        Form = new SpeakerRoleForm(contact, new Dictionary<string, string>(StringComparer.Ordinal), null, []);
        return Page();
    }

    /// <summary>Validates and stores the correction, then redirects to the contact; shows the form with the errors otherwise.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var contact = await LoadAsync(cancellationToken);
        if (contact is null || contact.SpeakerRoles.Count == 0)
        {
            return NotFound();
        }

        var reason = Reason?.Trim();
        var errors = new List<string>();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        if (Labels.Count != Roles.Count || Labels.Count == 0)
        {
            errors.Add("Choose a role for every speaker.");
        }
        else
        {
            for (var i = 0; i < Labels.Count; i++)
            {
                var label = Labels[i] ?? string.Empty;
                var role = Roles[i]?.Trim() ?? string.Empty;
                if (!contact.SpeakerRoles.Any(r => string.Equals(r.Label, label, StringComparison.Ordinal)) || !chosen.TryAdd(label, role))
                {
                    errors.Add("The speakers do not match this contact's transcript; reload the page.");
                    break;
                }

                // Only the four stored names, exactly as the form offers them.
                if (SpeakerRoleForm.Roles.Any(r => string.Equals(r.Role, role, StringComparison.Ordinal)) && SpeakerNames.TryParse(role, out var speaker))
                {
                    roles[label] = speaker;
                }
                else
                {
                    errors.Add($"Choose agent, customer, IVR or system for speaker {label}.");
                }
            }
        }

        if (errors.Count == 0 && contact.SpeakerRoles.All(r => !roles.TryGetValue(r.Label, out var s) || SpeakerNames.ToName(s) == r.Role))
        {
            errors.Add("Choose a different role for at least one speaker.");
        }

        if (string.IsNullOrEmpty(reason))
        {
            errors.Add("Give a reason.");
        }
        else if (reason.Length > CorrectModel.MaxReasonLength)
        {
            errors.Add($"Keep the reason under {CorrectModel.MaxReasonLength} characters.");
        }

        if (errors.Count > 0)
        {
            Form = new SpeakerRoleForm(contact, chosen, Reason, errors);
            return Page();
        }

        var user = User.Identity!.Name!;
        var changed = await _database.Database.SpeakerRoles.CorrectAsync(
            new SpeakerRoleCorrection(contact.CallId, roles, reason!, user, _time.GetUtcNow()),
            _reclassifier is { } reclassifier ? reclassifier.Classify : null,
            cancellationToken);
        if (changed is null)
        {
            return NotFound();
        }

        LogCorrected(_logger, contact.CallId, changed.Count, user);
        return RedirectToPage("/Contacts/Detail", new { callId = contact.CallId });
    }

    private async Task<ContactDetail?> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        return scope.SeesNothing ? null : await _database.Database.Contacts.GetAsync(CallId, scope.VisibleAgentId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {CallId}: {Count} speaker roles corrected by {User}")]
    private static partial void LogCorrected(ILogger logger, string callId, int count, string user);
}
