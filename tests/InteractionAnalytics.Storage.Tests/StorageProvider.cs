using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// A database kind the storage tests run against. Every test body runs once per provider (Dapper's
/// TestBase pattern), so adding PostgreSQL means adding a provider, not copying tests.
/// </summary>
public sealed class StorageProvider
{
    private readonly Func<string> _newConnection;

    private StorageProvider(string name, Func<string> newConnection)
    {
        Name = name;
        _newConnection = newConnection;
    }

    public string Name { get; }

    /// <summary>The providers every storage fixture runs on.</summary>
    public static IEnumerable<StorageProvider> All { get; } =
    [
        new("sqlite-file", () => Path.Combine(Path.GetTempPath(), $"ia-storage-{Guid.NewGuid():N}.db")),
        new("sqlite-memory", () => $"Data Source=ia-{Guid.NewGuid():N};Mode=Memory;Cache=Shared"),
    ];

    /// <summary>Opens a new, empty, migrated database that only the calling test uses.</summary>
    public async Task<TestDatabase> CreateAsync()
    {
        var value = _newConnection();
        SqliteConnection? keepAlive = null;
        if (value.Contains("Mode=Memory", StringComparison.Ordinal))
        {
            // A shared in-memory database lives as long as one connection to it stays open.
            keepAlive = new SqliteConnection(value);
            await keepAlive.OpenAsync();
        }

        var database = await InteractionDatabase.OpenAsync(value, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        return new TestDatabase(database, value, keepAlive);
    }

    public override string ToString() => Name;
}
