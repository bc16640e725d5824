using Dapper;
using InteractionAnalytics.Storage.PostgreSql;
using InteractionAnalytics.Storage.Users;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>What only PostgreSQL has: several processes opening one database at once.</summary>
public sealed class PostgreSqlMigrationTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task OpenAsync_FourProcessesAtOnceOnAnEmptyDatabase_MigratedOnceEach()
    {
        PostgreSqlDatabaseProvider.Register();
        var (db, drop) = await PostgreSqlTestServer.CreateDatabaseAsync();
        try
        {
            var databases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => InteractionDatabase.OpenAsync(db, Time, CancellationToken.None)));
            try
            {
                await using var connection = await databases[0].DataSource.OpenConnectionAsync();
                var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
                using (Assert.EnterMultipleScope())
                {
                    Assert.That(databases.Select(d => d.Dialect.Name), Is.All.EqualTo("PostgreSQL"));
                    Assert.That(versions, Is.EqualTo(Enumerable.Range(1, versions.Count).Select(v => (long)v)));
                    Assert.That(versions, Has.Count.GreaterThanOrEqualTo(10));
                }
            }
            finally
            {
                foreach (var database in databases)
                {
                    await database.DisposeAsync();
                }
            }
        }
        finally
        {
            await drop();
        }
    }

    [Test]
    public async Task AddAsync_SameNameOtherCaseFromTwoProcesses_OneUserTheOtherUserExists()
    {
        PostgreSqlDatabaseProvider.Register();
        var (db, drop) = await PostgreSqlTestServer.CreateDatabaseAsync();
        try
        {
            await using var first = await InteractionDatabase.OpenAsync(db, Time, CancellationToken.None);
            await using var second = await InteractionDatabase.OpenAsync(db, Time, CancellationToken.None);
            var at = Time.GetUtcNow();
            var results = await Task.WhenAll(
                Attempt(() => first.Users.AddAsync("Dana", "admin", null, "hash-1", at, "setup", CancellationToken.None)),
                Attempt(() => second.Users.AddAsync("DANA", "admin", null, "hash-2", at, "setup", CancellationToken.None)));

            await using var connection = await first.DataSource.OpenConnectionAsync();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(results.Count(r => r is null), Is.EqualTo(1), "one add succeeds");
                Assert.That(results.Count(r => r is UserExistsException), Is.EqualTo(1), "the other is told the user exists");
                Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users WHERE name = 'dana'"), Is.EqualTo(1));
            }
        }
        finally
        {
            await drop();
        }
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (UserExistsException exception)
        {
            return exception;
        }
    }
}
