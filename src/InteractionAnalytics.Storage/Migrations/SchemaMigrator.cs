using System.Data.Common;
using Dapper;

namespace InteractionAnalytics.Storage.Migrations;

/// <summary>
/// Brings a database's schema up to date: applies, in order and each in its own transaction, the migrations
/// not yet recorded in <c>schema_migrations</c>. Safe to call on every start; a database newer than this
/// program is refused rather than guessed at.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(DbDataSource dataSource, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """, cancellationToken: cancellationToken));

        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        var newest = migrations.Max(m => m.Version);
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new InvalidOperationException(
                $"The database has schema version {applied.Max()}, newer than this program knows ({newest}). Upgrade the program.");
        }

        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = StorageFormat.Timestamp(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
