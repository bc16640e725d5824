using Dapper;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>One test's database; disposing it deletes it (the SQLite file, the in-memory database, the PostgreSQL database).</summary>
public sealed class TestDatabase(InteractionDatabase database, Func<ValueTask> delete) : IAsyncDisposable
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
        await delete();
    }
}
