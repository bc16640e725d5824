using System.Data.Common;
using Dapper;
using InteractionAnalytics.Storage.Dialects;

namespace InteractionAnalytics.Storage.Migrations;

/// <summary>
/// Brings a database's schema up to date: applies, in order and each in its own transaction, the migrations
/// not yet recorded in <c>schema_migrations</c>. Safe to call on every start; a database newer than this
/// program is refused rather than guessed at. The migrations are written once (for SQLite) and translated by the
/// dialect; where the dialect has a migration lock, processes starting at once migrate one after the other.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(
        DbDataSource dataSource, SqlDialect dialect, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (dialect.MigrationLock is { } migrationLock)
        {
            await connection.ExecuteAsync(new CommandDefinition(migrationLock, cancellationToken: cancellationToken));
        }

        try
        {
            await MigrateAsync(connection, dialect, migrations, time, cancellationToken);
        }
        finally
        {
            if (dialect.MigrationUnlock is { } migrationUnlock)
            {
                // The connection goes back to the pool, not closed, so the session lock must be released explicitly.
                await connection.ExecuteAsync(new CommandDefinition(migrationUnlock, cancellationToken: CancellationToken.None));
            }
        }
    }

    private static async Task MigrateAsync(
        DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        if (dialect.SchemaPrerequisites is { } prerequisites)
        {
            await connection.ExecuteAsync(new CommandDefinition(prerequisites, cancellationToken: cancellationToken));
        }

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
            await connection.ExecuteAsync(new CommandDefinition(dialect.TranslateSchema(migration.Sql), transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = StorageFormat.Timestamp(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
