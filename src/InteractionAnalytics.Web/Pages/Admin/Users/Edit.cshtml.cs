using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Admin.Users;

/// <summary>
/// <c>/admin/users/{userId}</c>, admins only: one user with their history, and three forms (each a POST with the
/// anti-forgery token and an optional reason): change the role and agent id (<c>?handler=role</c>), disable or enable
/// (<c>?handler=status</c>), set a new password typed twice (<c>?handler=password</c>). Every change is audited in its
/// own transaction; the store refuses an admin disabling or demoting themself and any change that would leave no
/// enabled admin. A changed role applies to the user's session at their next request.
/// </summary>
[Authorize(Policy = Policies.Admins)]
public sealed partial class EditModel : PageModel
{
    private static readonly Dictionary<string, string> DoneMessages = new(StringComparer.Ordinal)
    {
        ["added"] = "User added.",
        ["role"] = "Role saved. It applies to their session at their next request.",
        ["disabled"] = "User disabled. A session of theirs ends at its next request.",
        ["enabled"] = "User enabled. They can sign in again.",
        ["password"] = "Password set. Tell the user through a channel of your own; it is not shown again.",
        ["unchanged"] = "Nothing changed.",
    };

    private readonly WebDatabase _database;
    private readonly UserPasswordHasher _hasher;
    private readonly TimeProvider _time;
    private readonly ILogger<EditModel> _logger;

    /// <summary>Creates the page.</summary>
    public EditModel(WebDatabase database, UserPasswordHasher hasher, TimeProvider time, ILogger<EditModel> logger)
    {
        _database = database;
        _hasher = hasher;
        _time = time;
        _logger = logger;
    }

    /// <summary>The user's key, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public long UserId { get; set; }

    /// <summary>Which change the redirect after a post reports (a fixed word; anything else shows nothing).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The new role.</summary>
    [BindProperty]
    public string? Role { get; set; }

    /// <summary>The new agent id (role agent only).</summary>
    [BindProperty]
    public string? AgentId { get; set; }

    /// <summary>For the status form: <see langword="true"/> to disable, <see langword="false"/> to enable.</summary>
    [BindProperty]
    public bool Disable { get; set; }

    /// <summary>The new password (never shown again).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The new password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Why (optional), for the audit log.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The user shown.</summary>
    public StoredUser Shown { get; private set; } = null!;

    /// <summary>The user's history, oldest first.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>Why the last post was refused.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the last change did, after the redirect.</summary>
    public string? Message => Done is not null && DoneMessages.TryGetValue(Done, out var message) ? message : null;

    /// <summary>Whether the signed-in admin is looking at their own account.</summary>
    public bool IsSelf => UserClaims.UserId(User) == UserId;

    /// <summary>Shows the user.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Changes the role and agent id.</summary>
    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var agentId = AgentId;
        var errors = UserForms.CheckRole(Role, ref agentId);
        errors.AddRange(UserForms.CheckReason(Reason));
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var result = await _database.Database.Users.SetRoleAsync(UserId, Role!, agentId, Actor(), _time.GetUtcNow(), Reason, cancellationToken);
        if (result == UserChangeResult.Changed)
        {
            LogRoleChanged(_logger, Shown.Name, Role!, User.Identity!.Name!);
        }

        return After(result, "role");
    }

    /// <summary>Disables or enables the user.</summary>
    public async Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (UserForms.CheckReason(Reason) is { Count: > 0 } errors)
        {
            return Refused(errors);
        }

        var result = await _database.Database.Users.SetDisabledAsync(UserId, Disable, Actor(), _time.GetUtcNow(), Reason, cancellationToken);
        if (result == UserChangeResult.Changed)
        {
            LogChanged(_logger, Shown.Name, Disable ? "disabled" : "enabled", User.Identity!.Name!);
        }

        return After(result, Disable ? "disabled" : "enabled");
    }

    /// <summary>Sets a new password.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var errors = UserForms.CheckPassword(Password, ConfirmPassword);
        errors.AddRange(UserForms.CheckReason(Reason));
        var password = Password;
        Password = ConfirmPassword = null;
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var result = await _database.Database.Users.ResetPasswordAsync(UserId, _hasher.Hash(password!), Actor(), _time.GetUtcNow(), Reason, cancellationToken);
        if (result == UserChangeResult.Changed)
        {
            LogChanged(_logger, Shown.Name, "password set", User.Identity!.Name!);
        }

        return After(result, "password");
    }

    private UserActor Actor() => new(User.Identity!.Name!, UserClaims.UserId(User));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await _database.Database.Users.GetByIdAsync(UserId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        Shown = user;
        History = await _database.Database.AuditLog.ListAsync(AuditEntities.User, user.Name, cancellationToken);
        return true;
    }

    private PageResult Refused(IReadOnlyList<string> errors)
    {
        Done = null;
        Errors = errors;
        return Page();
    }

    // Post/redirect/get on success; a refusal (self, last admin) is shown on the page with status 409.
    private IActionResult After(UserChangeResult result, string done)
    {
        switch (result)
        {
            case UserChangeResult.Changed:
                return RedirectToPage("/Admin/Users/Edit", new { userId = UserId, done });
            case UserChangeResult.Unchanged:
                return RedirectToPage("/Admin/Users/Edit", new { userId = UserId, done = "unchanged" });
            case UserChangeResult.NotFound:
                return NotFound();
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Refused([UserForms.Refusal(result)]);
        }
    }

    // Stored names have no control characters (the store refuses them), so they go into log lines as they are.
    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name}: role set to {Role} by {Admin}")]
    private static partial void LogRoleChanged(ILogger logger, string name, string role, string admin);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name}: {Change} by {Admin}")]
    private static partial void LogChanged(ILogger logger, string name, string change, string admin);
}
