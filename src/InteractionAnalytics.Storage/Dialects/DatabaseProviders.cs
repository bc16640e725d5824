namespace InteractionAnalytics.Storage.Dialects;

/// <summary>
/// The database providers the process has registered (the CLI and the web app register PostgreSQL at start). SQLite is
/// built in and needs no registration; it opens every <c>--db</c> value no registered provider recognizes.
/// </summary>
public static class DatabaseProviders
{
    private static readonly Lock Gate = new();
    private static IDatabaseProvider[] Registered = [];

    /// <summary>Adds <paramref name="provider"/>; registering the same provider again does nothing.</summary>
    public static void Register(IDatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        lock (Gate)
        {
            if (!Registered.Contains(provider))
            {
                Registered = [.. Registered, provider];
            }
        }
    }

    /// <summary>The registered provider that recognizes <paramref name="db"/>; <see langword="null"/> when none does.</summary>
    public static IDatabaseProvider? Find(string db) => Volatile.Read(ref Registered).FirstOrDefault(p => p.Recognizes(db));
}
