namespace InteractionAnalytics.Storage.Users;

/// <summary>Who makes a change to the users: the name the audit log records, and their own user id when they are one.</summary>
/// <param name="Name">A web app user's name, or <c>cli:&lt;os user&gt;</c> for the command line.</param>
/// <param name="UserId">The acting user's key, so the store can refuse to let them disable or demote themself;
/// <see langword="null"/> for the command line.</param>
public sealed record UserActor(string Name, long? UserId = null);
