using System.Net;
using InteractionAnalytics.Storage.Users;
using Microsoft.AspNetCore.Identity;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Checks a name and password against the stored users. Unknown names, disabled users and wrong passwords all fail the
/// same way and take about the same time, so a caller cannot tell which it was. Failures are counted per name and per
/// client address (<see cref="SignInThrottle"/>); while either is locked, no password is checked at all.
/// </summary>
public sealed partial class UserSignIn
{
    private readonly WebDatabase _database;
    private readonly UserPasswordHasher _hasher;
    private readonly SignInThrottle _throttle;
    private readonly ILogger<UserSignIn> _logger;

    /// <summary>Creates the service.</summary>
    public UserSignIn(WebDatabase database, UserPasswordHasher hasher, SignInThrottle throttle, ILogger<UserSignIn> logger)
    {
        _database = database;
        _hasher = hasher;
        _throttle = throttle;
        _logger = logger;
    }

    /// <summary>
    /// Signs in from <paramref name="address"/> (the client's, forwarded by a known proxy or the connection's): refused
    /// without checking the password while the name or the address is locked; otherwise <see cref="CheckAsync"/>, with a
    /// failure counted and a success clearing the name's count.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string? name, string? password, IPAddress? address, CancellationToken cancellationToken)
    {
        if (_throttle.RetryAfter(name, address) is { } wait)
        {
            LogThrottled(_logger, LogText.Safe(name), address?.ToString() ?? "(unknown)", Math.Ceiling(wait.TotalSeconds));
            return new SignInAttempt(null, wait);
        }

        var user = await CheckAsync(name, password, cancellationToken);
        if (user is not null)
        {
            _throttle.RecordSuccess(name);
            return new SignInAttempt(user, null);
        }

        if (_throttle.RecordFailure(name, address))
        {
            LogLockedOut(_logger, LogText.Safe(name), address?.ToString() ?? "(unknown)");
        }

        return new SignInAttempt(null, null);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in locked after too many failures: name {Name}, client address {Address}")]
    private static partial void LogLockedOut(ILogger logger, string name, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused while locked, password not checked: name {Name}, client address {Address}, retry in {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string name, string address, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for name {Name}")]
    private static partial void LogRefused(ILogger logger, string name);
}
