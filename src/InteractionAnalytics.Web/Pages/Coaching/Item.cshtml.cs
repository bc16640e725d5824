using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Coaching;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Coaching;

/// <summary>
/// <c>/coaching/{itemId}</c>: one coaching item, its contact (a link), reason, notes and audit history. Coaches (admins,
/// supervisors, QA) add a note (handler <c>Note</c>) or close the item with a closing note (handler <c>Close</c>), both POST
/// with the anti-forgery token and audited with the change; then the browser is sent back to the item. An agent sees their
/// own items read-only (a POST answers 403); another agent's item is 404, exactly like one that does not exist.
/// </summary>
public sealed partial class ItemModel : PageModel
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 4000;

    private readonly WebDatabase _database;
    private readonly ContactAccess _access;
    private readonly TimeProvider _time;
    private readonly ILogger<ItemModel> _logger;

    /// <summary>Creates the page.</summary>
    public ItemModel(WebDatabase database, ContactAccess access, TimeProvider time, ILogger<ItemModel> logger)
    {
        _database = database;
        _access = access;
        _time = time;
        _logger = logger;
    }

    /// <summary>The item's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public long ItemId { get; set; }

    /// <summary>The note being added, or the closing note.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The item.</summary>
    public CoachingItem Item { get; private set; } = null!;

    /// <summary>Its notes, oldest first.</summary>
    public IReadOnlyList<CoachingNote> Notes { get; private set; } = [];

    /// <summary>Its audited changes, oldest first.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>Whether the viewer may add notes and close.</summary>
    public bool IsCoach { get; private set; }

    /// <summary>Which form the errors belong to: <c>note</c> or <c>close</c>.</summary>
    public string? ErrorForm { get; private set; }

    /// <summary>What was wrong with the posted note.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the item; 404 when it does not exist or is another agent's.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Adds a note (coaches only) and returns to the item.</summary>
    public Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken) => ChangeAsync("note", close: false, cancellationToken);

    /// <summary>Closes the item with a closing note (coaches only) and returns to the item.</summary>
    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) => ChangeAsync("close", close: true, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string form, bool close, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsCoach)
        {
            return Forbid();
        }

        var text = Text?.Trim();
        if (!Item.IsOpen)
        {
            Error = "This item is closed; it takes no more notes.";
        }
        else if (string.IsNullOrEmpty(text))
        {
            Error = close ? "Write a closing note." : "Write a note.";
        }
        else if (text.Length > MaxNoteLength)
        {
            Error = $"Keep the note under {MaxNoteLength} characters.";
        }

        if (Error is null)
        {
            var user = User.Identity!.Name!;
            var at = _time.GetUtcNow();
            var done = close
                ? await _database.Database.Coaching.CloseAsync(ItemId, text!, user, at, cancellationToken)
                : await _database.Database.Coaching.AddNoteAsync(ItemId, text!, user, at, cancellationToken);
            if (done)
            {
                LogChanged(_logger, ItemId, form, user);
                return Redirect("/coaching/" + CoachingStore.Key(ItemId) + (close ? string.Empty : "#notes"));
            }

            // Closed by someone else between loading and writing.
            await LoadAsync(cancellationToken);
            Error = "This item is closed; it takes no more notes.";
        }

        ErrorForm = form;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = _access.ScopeOf(User);
        var item = scope.SeesNothing ? null : await _database.Database.Coaching.GetAsync(ItemId, scope.VisibleAgentId, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        IsCoach = scope.SeesAll;
        Notes = await _database.Database.Coaching.ListNotesAsync(ItemId, cancellationToken);
        History = await _database.Database.AuditLog.ListAsync(AuditEntities.CoachingItem, CoachingStore.Key(ItemId), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coaching item {ItemId}: {Form} by {User}")]
    private static partial void LogChanged(ILogger logger, long itemId, string form, string user);
}
