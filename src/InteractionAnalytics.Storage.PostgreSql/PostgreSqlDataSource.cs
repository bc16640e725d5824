using System.Data.Common;
using Npgsql;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>
/// The storage's data source on PostgreSQL: Npgsql's, with each connection wrapped in <see cref="PostgreSqlConnection"/>.
/// </summary>
/// <remarks>
/// Why the wrapper: Dapper recognizes a connection named <c>NpgsqlConnection</c> and then passes a list parameter
/// (<c>call_id IN @Ids</c>) as one PostgreSQL array, which is a syntax error after <c>IN</c>. Behind the wrapper Dapper
/// expands lists into <c>IN (@Ids1, @Ids2, …)</c> exactly as on SQLite, so every query in Storage is written once.
/// Code that needs Npgsql itself (binary COPY) takes <see cref="PostgreSqlConnection.Npgsql"/>.
/// </remarks>
public sealed class PostgreSqlDataSource : DbDataSource
{
    private readonly NpgsqlDataSource _inner;

    /// <summary>Wraps <paramref name="inner"/>, which this data source then owns.</summary>
    public PostgreSqlDataSource(NpgsqlDataSource inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override string ConnectionString => _inner.ConnectionString;

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => new PostgreSqlConnection(_inner.CreateConnection());

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        await _inner.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
