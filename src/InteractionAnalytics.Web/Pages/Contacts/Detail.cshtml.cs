using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>
/// <c>/contacts/{callId}</c>: one contact's metadata and handle-time parts, the customer's contact chain, transcript, speaker
/// roles, classification with evidence (highlighted in the transcript), the call recording's measures, the customer's
/// sentiment through the call, and audit history; supervisors and admins also get the correction forms (labels and
/// speaker roles). In the chain, an agent gets links only to their own contacts; other agents' contacts are listed without
/// their call id. A contact the user may not see answers 404,
/// exactly like one that does not exist, so call ids cannot be probed.
/// </summary>
public sealed class DetailModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly IAuthorizationService _authorization;
    private readonly CorrectionChoices _choices;

    /// <summary>Creates the page.</summary>
    public DetailModel(WebDatabase database, ContactAccess access, IAuthorizationService authorization, CorrectionChoices choices)
    {
        _database = database;
        _access = access;
        _authorization = authorization;
        _choices = choices;
    }

    /// <summary>The contact's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string CallId { get; set; } = string.Empty;

    /// <summary>The contact.</summary>
    public ContactDetail Contact { get; private set; } = null!;

    /// <summary>Every audited change of the contact, oldest first.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>The correction form, for users who may correct; <see langword="null"/> otherwise.</summary>
    public CorrectionForm? Form { get; private set; }

    /// <summary>The speaker-role correction form, for users who may correct and a contact with speaker roles; <see langword="null"/> otherwise.</summary>
    public SpeakerRoleForm? SpeakerForm { get; private set; }

    /// <summary>Each turn's text in pieces, the classification's evidence highlighted, by turn index.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<TextSegment>> TurnSegments { get; private set; } = new Dictionary<int, IReadOnlyList<TextSegment>>();

    /// <summary>Which contacts the user may see: the contact chain links only those.</summary>
    public ContactScope Scope { get; private set; } = null!;

    /// <summary>The contact's QA evaluations, newest first: all of them for QA users, only the submitted ones for agents.</summary>
    public IReadOnlyList<QaEvaluationSummary> QaEvaluations { get; private set; } = [];

    /// <summary>Whether the user may start a QA evaluation (the Qa policy).</summary>
    public bool CanEvaluate { get; private set; }

    /// <summary>Shows the contact.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        var contact = scope.SeesNothing ? null : await _database.Database.Contacts.GetAsync(CallId, scope.VisibleAgentId, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        Scope = scope;
        var evidence = contact.Classification?.Classification.Evidence ?? [];
        TurnSegments = contact.Turns.ToDictionary(
            t => t.Index,
            t => EvidenceHighlighter.Split(t.Text, evidence.Where(e => e.Turn == t.Index).Select(e => (e.Start, e.End))));
        History = await _database.Database.AuditLog.ListAsync(AuditEntities.Contact, contact.CallId, cancellationToken);
        CanEvaluate = (await _authorization.AuthorizeAsync(User, Policies.Qa)).Succeeded;
        QaEvaluations = await _database.Database.Qa.ListForContactAsync(contact.CallId, submittedOnly: !CanEvaluate, cancellationToken);
        if ((await _authorization.AuthorizeAsync(User, Policies.Supervisors)).Succeeded)
        {
            if (contact.Classification is not null)
            {
                var (intents, rootCauses) = await _choices.GetAsync(cancellationToken);
                Form = new CorrectionForm(contact, intents, rootCauses, null, null, null, []);
            }

            if (contact.SpeakerRoles.Count > 0)
            {
                SpeakerForm = new SpeakerRoleForm(contact, new Dictionary<string, string>(StringComparer.Ordinal), null, []);
            }
        }

        return Page();
    }
}
