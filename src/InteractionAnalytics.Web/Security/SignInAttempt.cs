using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Web.Security;

/// <summary>What came of one sign-in attempt.</summary>
/// <param name="User">The user signed in; <see langword="null"/> when refused.</param>
/// <param name="RetryAfter">When the name or client address is locked for too many failures: how long until it may try
/// again (the password was not checked). <see langword="null"/> otherwise.</param>
public sealed record SignInAttempt(StoredUser? User, TimeSpan? RetryAfter);
