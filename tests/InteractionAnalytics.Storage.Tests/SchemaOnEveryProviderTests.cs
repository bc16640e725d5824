using System.Data.Common;
using Dapper;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>What the dialect substitutes in the schema behaves the same on every database.</summary>
[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class SchemaOnEveryProviderTests(StorageProvider provider)
{
    [Test]
    public async Task UserNames_UniqueWithoutRegardToCase_ViolationRecognizedByTheDialect()
    {
        await using var db = await provider.CreateAsync();
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        const string insert = """
            INSERT INTO users (name, role, password_hash, created_at) VALUES (@Name, 'admin', 'hash', '2026-11-24T02:00:00Z')
            """;
        await connection.ExecuteAsync(insert, new { Name = "Dana" });

        var violation = await Assert.CatchAsync<DbException>(() => connection.ExecuteAsync(insert, new { Name = "DANA" }));
        var found = await connection.ExecuteScalarAsync<string>("SELECT name FROM users WHERE name = 'dana'");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(db.Database.Dialect.IsUniqueViolation(violation!), Is.True, violation!.Message);
            Assert.That(found, Is.EqualTo("Dana"));
        }
    }

    [Test]
    public async Task IdentityColumns_AssignIncreasingIdsAndReturnThem()
    {
        await using var db = await provider.CreateAsync();
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        const string insert = """
            INSERT INTO audit_log (at, user_name, action, entity, entity_key) VALUES ('2026-11-24T02:00:00Z', 'u', 'a', 'e', @Key)
            RETURNING audit_id
            """;

        var first = await connection.ExecuteScalarAsync<long>(insert, new { Key = "1" });
        var second = await connection.ExecuteScalarAsync<long>(insert, new { Key = "2" });

        Assert.That(second, Is.GreaterThan(first));
    }

    [Test]
    public async Task NotNullViolation_NotTakenForAUniqueViolation()
    {
        await using var db = await provider.CreateAsync();
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();

        var violation = await Assert.CatchAsync<DbException>(() => connection.ExecuteAsync(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (NULL, 'admin', 'hash', 'now')"));

        Assert.That(db.Database.Dialect.IsUniqueViolation(violation!), Is.False, violation!.Message);
    }
}
