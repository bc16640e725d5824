using Dapper;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>One test's database; disposing it deletes it.</summary>
public sealed class TestDatabase(InteractionDatabase database, string location, SqliteConnection? keepAlive) : IAsyncDisposable
{
    public InteractionDatabase Database { get; } = database;

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, args)];
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (keepAlive is not null)
        {
            await keepAlive.DisposeAsync();
        }
        else if (!location.Contains('=', StringComparison.Ordinal))
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(location + suffix);
            }
        }
    }
}
