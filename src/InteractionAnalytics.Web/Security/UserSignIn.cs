using InteractionAnalytics.Storage.Users;
using Microsoft.AspNetCore.Identity;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Checks a name and password against the stored users. Unknown names, disabled users and wrong passwords all fail the
/// same way and take about the same time, so a caller cannot tell which it was.
/// </summary>
public sealed partial class UserSignIn
{
    private readonly WebDatabase _database;
    private readonly UserPasswordHasher _hasher;
    private readonly ILogger<UserSignIn> _logger;

    /// <summary>Creates the service.</summary>
    public UserSignIn(WebDatabase database, UserPasswordHasher hasher, ILogger<UserSignIn> logger)
    {
        _database = database;
        _hasher = hasher;
        _logger = logger;
    }

    /// <summary>The user <paramref name="name"/> and <paramref name="password"/> identify, or <see langword="null"/>.</summary>
    public async Task<StoredUser?> CheckAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        password ??= string.Empty;
        var user = string.IsNullOrWhiteSpace(name) || name.Length > UserStore.MaxNameLength
            ? null
            : await _database.Database.Users.GetByNameAsync(name, cancellationToken);
        if (user is null || user.Disabled)
        {
            _hasher.VerifyDecoy(password);
            LogRefused(_logger, LogText.Safe(name));
            return null;
        }

        var result = _hasher.Verify(user, password);
        if (result == PasswordVerificationResult.Failed)
        {
            LogRefused(_logger, LogText.Safe(name));
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await _database.Database.Users.UpdatePasswordHashAsync(user.UserId, _hasher.Hash(password), cancellationToken);
        }

        LogSignedIn(_logger, user.Name, user.Role);
        return user;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name} ({Role}) signed in")]
    private static partial void LogSignedIn(ILogger logger, string name, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for name {Name}")]
    private static partial void LogRefused(ILogger logger, string name);
}
