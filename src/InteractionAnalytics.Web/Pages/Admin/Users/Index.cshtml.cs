using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Admin.Users;

/// <summary>
/// <c>/admin/users</c>, admins only: every user (name, role, agent id, added, status) and the form that adds one (name,
/// role, agent id for role agent, the initial password typed twice). Adding is audited with the user in one transaction;
/// then the browser goes to the new user's page (post/redirect/get).
/// </summary>
[Authorize(Policy = Policies.Admins)]
public sealed partial class IndexModel : PageModel
{
    private readonly WebDatabase _database;
    private readonly UserPasswordHasher _hasher;
    private readonly TimeProvider _time;
    private readonly ILogger<IndexModel> _logger;

    /// <summary>Creates the page.</summary>
    public IndexModel(WebDatabase database, UserPasswordHasher hasher, TimeProvider time, ILogger<IndexModel> logger)
    {
        _database = database;
        _hasher = hasher;
        _time = time;
        _logger = logger;
    }

    /// <summary>The new user's sign-in name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The new user's role.</summary>
    [BindProperty]
    public string? Role { get; set; }

    /// <summary>The new user's agent id (role agent only).</summary>
    [BindProperty]
    public string? AgentId { get; set; }

    /// <summary>The initial password (never shown again).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The initial password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Every user, by name.</summary>
    public IReadOnlyList<StoredUser> Users { get; private set; } = [];

    /// <summary>Why the last post was refused.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Lists the users.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await _database.Database.Users.ListAsync(cancellationToken);

    /// <summary>Validates and adds the user, then redirects to their page; shows the form with the errors otherwise.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var agentId = AgentId;
        var name = Name?.Trim() ?? string.Empty;
        var errors = new List<string>();
        if (!UserStore.IsValidName(name))
        {
            errors.Add($"A name has 1 to {UserStore.MaxNameLength} characters.");
        }

        errors.AddRange(UserForms.CheckRole(Role, ref agentId));
        errors.AddRange(UserForms.CheckPassword(Password, ConfirmPassword));
        var password = Password;
        Password = ConfirmPassword = null;
        if (errors.Count == 0)
        {
            try
            {
                var user = await _database.Database.Users.AddAsync(
                    name, Role!, agentId, _hasher.Hash(password!), _time.GetUtcNow(), User.Identity!.Name!, cancellationToken);
                LogAdded(_logger, user.Name, user.Role, User.Identity!.Name!);
                return RedirectToPage("/Admin/Users/Edit", new { userId = user.UserId, done = "added" });
            }
            catch (UserExistsException)
            {
                errors.Add("A user with that name exists (names compare without regard to case).");
            }
        }

        Errors = errors;
        Users = await _database.Database.Users.ListAsync(cancellationToken);
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name} ({Role}) added by {Admin}")]
    private static partial void LogAdded(ILogger logger, string name, string role, string admin);
}
