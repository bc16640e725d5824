using System.Data.Common;
using InteractionAnalytics.Storage.Dialects;
using Npgsql;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>
/// Opens PostgreSQL databases through Npgsql for <see cref="InteractionDatabase.OpenAsync(string?, TimeProvider, CancellationToken)"/>:
/// a <c>--db</c> value that is an Npgsql connection string (<c>Host=…;Database=…</c>) or a URL
/// (<c>postgres://user:password@host:port/database</c>, <c>postgresql://…</c>). Hosts call <see cref="Register"/> once at start.
/// </summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    private PostgreSqlDatabaseProvider()
    {
    }

    /// <summary>The one instance.</summary>
    public static PostgreSqlDatabaseProvider Instance { get; } = new();

    /// <inheritdoc />
    public SqlDialect Dialect => SqlDialect.PostgreSql;

    /// <summary>Registers <see cref="Instance"/> with <see cref="DatabaseProviders"/>; calling it again does nothing.</summary>
    public static void Register() => DatabaseProviders.Register(Instance);

    /// <inheritdoc />
    public bool Recognizes(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return PostgreSqlConnectionString.IsUrl(db) || PostgreSqlConnectionString.IsConnectionString(db);
    }

    /// <inheritdoc />
    public IBulkCopier? BulkCopier => PostgreSqlBulkCopier.Instance;

    /// <inheritdoc />
    public DbDataSource CreateDataSource(string db) => new PostgreSqlDataSource(NpgsqlDataSource.Create(PostgreSqlConnectionString.Parse(db)));

    /// <inheritdoc />
    public string Describe(string db)
    {
        var builder = PostgreSqlConnectionString.Parse(db);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
