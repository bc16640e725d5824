using InteractionAnalytics.Storage.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// A database kind the storage tests run against. Every test body runs once per provider (Dapper's
/// TestBase pattern), so adding PostgreSQL means adding a provider, not copying tests.
/// </summary>
public sealed class StorageProvider
{
    private readonly Func<Task<(string Db, Func<ValueTask> Delete)>> _newDatabase;

    static StorageProvider() => PostgreSqlDatabaseProvider.Register();

    private StorageProvider(string name, Func<Task<(string Db, Func<ValueTask> Delete)>> newDatabase)
    {
        Name = name;
        _newDatabase = newDatabase;
    }

    public string Name { get; }

    /// <summary>
    /// The providers every storage fixture runs on. PostgreSQL is always listed: its tests are ignored (failed under
    /// <c>CI=true</c>) when <see cref="PostgreSqlTestServer.Variable"/> names no server, never silently dropped.
    /// </summary>
    public static IEnumerable<StorageProvider> All { get; } =
    [
        new("sqlite-file", NewSqliteFileAsync),
        new("sqlite-memory", NewSqliteMemoryAsync),
        new("postgresql", PostgreSqlTestServer.CreateDatabaseAsync),
    ];

    /// <summary>Opens a new, empty, migrated database that only the calling test uses.</summary>
    public async Task<TestDatabase> CreateAsync()
    {
        var (db, delete) = await _newDatabase();
        try
        {
            var database = await InteractionDatabase.OpenAsync(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero)), CancellationToken.None);
            return new TestDatabase(database, delete);
        }
        catch
        {
            await delete();
            throw;
        }
    }

    public override string ToString() => Name;

    private static Task<(string Db, Func<ValueTask> Delete)> NewSqliteFileAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ia-storage-{Guid.NewGuid():N}.db");
        return Task.FromResult<(string, Func<ValueTask>)>((path, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            return ValueTask.CompletedTask;
        }));
    }

    private static async Task<(string Db, Func<ValueTask> Delete)> NewSqliteMemoryAsync()
    {
        var value = $"Data Source=ia-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        // A shared in-memory database lives as long as one connection to it stays open.
        var keepAlive = new SqliteConnection(value);
        await keepAlive.OpenAsync();
        return (value, keepAlive.DisposeAsync);
    }
}
