using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Web.Contacts;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Qa;

/// <summary>
/// <c>/qa/{id}</c>: one QA evaluation, section by section, each automatic answer with its evidence phrase highlighted in the
/// quoted turn. QA users (admin, supervisor, qa) see every evaluation and edit drafts: yes / no / N/A per question (N/A only
/// where allowed), a comment per question and an overall comment, "Save" (POST handler <c>save</c>) and "Submit" (handler
/// <c>submit</c>: scored, then final). Agents see only the submitted evaluations of their own contacts, read-only; anything
/// else answers 404, as a missing evaluation does.
/// </summary>
public sealed partial class EvaluationModel : PageModel
{
    /// <summary>The longest comment accepted (per question and overall), in characters.</summary>
    public const int MaxCommentLength = 2000;

    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly IAuthorizationService _authorization;
    private readonly TimeProvider _time;
    private readonly ILogger<EvaluationModel> _logger;

    /// <summary>Creates the page.</summary>
    public EvaluationModel(WebDatabase database, ContactAccess access, IAuthorizationService authorization, TimeProvider time, ILogger<EvaluationModel> logger)
    {
        _database = database;
        _access = access;
        _authorization = authorization;
        _time = time;
        _logger = logger;
    }

    /// <summary>The evaluation's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The posted answers by question id: <c>yes</c>, <c>no</c> or <c>n_a</c>.</summary>
    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The posted comments by question id.</summary>
    [BindProperty]
    public Dictionary<string, string?> Comments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The posted overall comment.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The evaluation.</summary>
    public QaEvaluation Evaluation { get; private set; } = null!;

    /// <summary>The evaluated contact's turns by turn index, for quoting evidence.</summary>
    public IReadOnlyDictionary<int, ContactTurn> Turns { get; private set; } = new Dictionary<int, ContactTurn>();

    /// <summary>Whether the user may change it (a QA user and a draft).</summary>
    public bool Editable { get; private set; }

    /// <summary>Whether the user is a QA user (sees drafts and the history).</summary>
    public bool IsQaUser { get; private set; }

    /// <summary>What kept a save or submit from being stored.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The evaluation's audit history, oldest first (QA users only).</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>The answer to show for a question: the posted one after a failed post, else the stored one.</summary>
    public string? ShownAnswer(QaStoredAnswer stored) =>
        Answers.TryGetValue(stored.QuestionId, out var posted) && posted is not null
            ? posted
            : stored.Answer is { } a ? QaAnswerNames.Name(a) : null;

    /// <summary>The comment to show for a question.</summary>
    public string? ShownComment(QaStoredAnswer stored) =>
        Comments.TryGetValue(stored.QuestionId, out var posted) && posted is not null ? posted : stored.Comment;

    /// <summary>The quoted turn of an automatic answer's evidence, in pieces with the phrase highlighted; empty when the turn is gone.</summary>
    public IReadOnlyList<TextSegment> EvidenceSegments(QaEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Turns.TryGetValue(evidence.TurnIndex, out var turn)
            ? EvidenceHighlighter.Split(turn.Text, [(evidence.Start, evidence.End)])
            : [new TextSegment(evidence.Text, true)];
    }

    /// <summary>Shows the evaluation.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Saves a draft's answers and comments, then shows it again.</summary>
    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => ChangeAsync(submit: false, cancellationToken);

    /// <summary>Saves and submits (scores) the evaluation, then shows it with its score.</summary>
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => ChangeAsync(submit: true, cancellationToken);

    private async Task<IActionResult> ChangeAsync(bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsQaUser)
        {
            return Forbid();
        }

        if (!Editable)
        {
            Errors = ["This evaluation is submitted and can no longer change."];
            return Page();
        }

        var errors = new List<string>();
        var inputs = new Dictionary<string, QaAnswerInput>(StringComparer.Ordinal);
        foreach (var question in Evaluation.Form.Questions)
        {
            QaAnswer? answer = null;
            if (Answers.TryGetValue(question.Id, out var posted) && !string.IsNullOrEmpty(posted))
            {
                if (!QaAnswerNames.TryParse(posted, out var parsed))
                {
                    errors.Add($"“{question.Text}”: choose yes, no or N/A.");
                }
                else if (parsed == QaAnswer.NotApplicable && !question.AllowNotApplicable)
                {
                    errors.Add($"“{question.Text}”: N/A is not allowed.");
                }
                else
                {
                    answer = parsed;
                }
            }

            var comment = Comments.TryGetValue(question.Id, out var c) ? c?.Trim() : null;
            if (comment is { Length: > MaxCommentLength })
            {
                errors.Add($"“{question.Text}”: keep the comment under {MaxCommentLength} characters.");
            }

            var stored = Evaluation.AnswerTo(question.Id);
            if (answer is null && stored?.Answer is null && !string.IsNullOrEmpty(comment))
            {
                errors.Add($"“{question.Text}”: answer the question to keep its comment.");
            }

            inputs[question.Id] = new QaAnswerInput(answer, comment);
        }

        if (Comment?.Trim() is { Length: > MaxCommentLength })
        {
            errors.Add($"Keep the overall comment under {MaxCommentLength} characters.");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var user = User.Identity!.Name!;
        if (submit)
        {
            var (result, _) = await _database.Database.Qa.SubmitAsync(Id, inputs, Comment, user, _time.GetUtcNow(), cancellationToken);
            if (result == QaChangeResult.Incomplete)
            {
                Errors = ["Answer every question before submitting (N/A only where it is offered)."];
                return Page();
            }

            if (result != QaChangeResult.Done)
            {
                return NotFound();
            }

            LogSubmitted(_logger, Id, user);
        }
        else
        {
            var result = await _database.Database.Qa.SaveAsync(Id, inputs, Comment, user, _time.GetUtcNow(), cancellationToken);
            if (result != QaChangeResult.Done)
            {
                return NotFound();
            }
        }

        return RedirectToPage("/Qa/Evaluation", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var evaluation = await _database.Database.Qa.GetAsync(Id, cancellationToken);
        if (evaluation is null)
        {
            return false;
        }

        IsQaUser = (await _authorization.AuthorizeAsync(User, Policies.Qa)).Succeeded;

        // Agents: only submitted evaluations of contacts they may see (the contact page's own rule); QA users: all.
        var scope = _access.ScopeOf(User);
        if (!IsQaUser && (!evaluation.IsSubmitted || scope.SeesNothing))
        {
            return false;
        }

        var contact = await _database.Database.Contacts.GetAsync(evaluation.CallId, IsQaUser ? null : scope.VisibleAgentId, cancellationToken);
        if (contact is null && !IsQaUser)
        {
            return false;
        }

        Evaluation = evaluation;
        Turns = contact is null ? new Dictionary<int, ContactTurn>() : contact.Turns.ToDictionary(t => t.Index);
        Editable = IsQaUser && !evaluation.IsSubmitted;
        if (IsQaUser)
        {
            History = await _database.Database.AuditLog.ListAsync(AuditEntities.QaEvaluation, evaluation.EvaluationId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        Comment ??= evaluation.Comment;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "QA evaluation {EvaluationId} submitted by {User}")]
    private static partial void LogSubmitted(ILogger logger, long evaluationId, string user);
}
