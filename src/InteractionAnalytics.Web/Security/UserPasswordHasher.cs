using InteractionAnalytics.Storage.Users;
using Microsoft.AspNetCore.Identity;

namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Hashes and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a random
/// salt, its current default iteration count; the format is versioned, so old hashes keep verifying and are rehashed).
/// Thread-safe. The passwords themselves are never stored or logged.
/// </summary>
public sealed class UserPasswordHasher
{
    /// <summary>The shortest password accepted, in characters.</summary>
    public const int MinimumLength = 8;

    // The hasher ignores the user; it only needs an instance of the type.
    private static readonly StoredUser Nobody = new(0, "-", UserRoles.Agent, null, "-", DateTimeOffset.UnixEpoch, Disabled: true);

    private readonly PasswordHasher<StoredUser> _hasher = new();
    private readonly Lazy<string> _decoyHash;

    /// <summary>Creates a hasher.</summary>
    public UserPasswordHasher() =>
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why <paramref name="password"/> is refused, or <see langword="null"/> when it is acceptable.</summary>
    public static string? Problem(string? password) =>
        string.IsNullOrEmpty(password) ? "the password is empty"
        : password.Length < MinimumLength ? $"the password is shorter than {MinimumLength} characters"
        : null;

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    /// <exception cref="ArgumentException">The password is refused (see <see cref="Problem"/>).</exception>
    public string Hash(string password)
    {
        if (Problem(password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }

        return _hasher.HashPassword(Nobody, password);
    }

    /// <summary>Whether <paramref name="password"/> is <paramref name="user"/>'s, and whether the hash should be replaced by a stronger one.</summary>
    public PasswordVerificationResult Verify(StoredUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }

    /// <summary>
    /// Spends the time of one verification against a hash no password matches, so that an unknown or disabled name takes
    /// as long to refuse as a wrong password (no user enumeration by timing).
    /// </summary>
    public void VerifyDecoy(string password) =>
        _hasher.VerifyHashedPassword(Nobody, _decoyHash.Value, password ?? string.Empty);
}
