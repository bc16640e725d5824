using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;
using NpgsqlTypes;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>An Npgsql command whose connection and transaction are the wrapping ones (see <see cref="PostgreSqlDataSource"/>).</summary>
public sealed class PostgreSqlCommand : DbCommand
{
    private PostgreSqlConnection? _connection;
    private PostgreSqlTransaction? _transaction;

    internal PostgreSqlCommand(PostgreSqlConnection connection, NpgsqlCommand inner)
    {
        _connection = connection;
        Npgsql = inner;
    }

    /// <summary>The Npgsql command underneath.</summary>
    public NpgsqlCommand Npgsql { get; }

    /// <inheritdoc />
    [AllowNull]
    public override string CommandText
    {
        get => Npgsql.CommandText;
        set => Npgsql.CommandText = value;
    }

    /// <inheritdoc />
    public override int CommandTimeout
    {
        get => Npgsql.CommandTimeout;
        set => Npgsql.CommandTimeout = value;
    }

    /// <inheritdoc />
    public override CommandType CommandType
    {
        get => Npgsql.CommandType;
        set => Npgsql.CommandType = value;
    }

    /// <inheritdoc />
    public override bool DesignTimeVisible
    {
        get => Npgsql.DesignTimeVisible;
        set => Npgsql.DesignTimeVisible = value;
    }

    /// <inheritdoc />
    public override UpdateRowSource UpdatedRowSource
    {
        get => Npgsql.UpdatedRowSource;
        set => Npgsql.UpdatedRowSource = value;
    }

    /// <inheritdoc />
    protected override DbConnection? DbConnection
    {
        get => _connection;
        set
        {
            _connection = value switch
            {
                null => null,
                PostgreSqlConnection connection => connection,
                _ => throw new ArgumentException("A PostgreSqlCommand runs on a PostgreSqlConnection.", nameof(value)),
            };
            Npgsql.Connection = _connection?.Npgsql;
        }
    }

    /// <inheritdoc />
    protected override DbParameterCollection DbParameterCollection => Npgsql.Parameters;

    /// <inheritdoc />
    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set
        {
            _transaction = value switch
            {
                null => null,
                PostgreSqlTransaction transaction => transaction,
                _ => throw new ArgumentException("A PostgreSqlCommand takes a PostgreSqlTransaction.", nameof(value)),
            };
            Npgsql.Transaction = _transaction?.Npgsql;
        }
    }

    /// <inheritdoc />
    public override void Cancel() => Npgsql.Cancel();

    /// <inheritdoc />
    public override int ExecuteNonQuery() => Prepared().ExecuteNonQuery();

    /// <inheritdoc />
    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => Prepared().ExecuteNonQueryAsync(cancellationToken);

    /// <inheritdoc />
    public override object? ExecuteScalar() => Prepared().ExecuteScalar();

    /// <inheritdoc />
    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => Prepared().ExecuteScalarAsync(cancellationToken);

    /// <inheritdoc />
    public override void Prepare() => Npgsql.Prepare();

    /// <inheritdoc />
    public override Task PrepareAsync(CancellationToken cancellationToken = default) => Npgsql.PrepareAsync(cancellationToken);

    /// <inheritdoc />
    protected override DbParameter CreateDbParameter() => Npgsql.CreateParameter();

    /// <inheritdoc />
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Prepared().ExecuteReader(behavior);

    /// <inheritdoc />
    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await Prepared().ExecuteReaderAsync(behavior, cancellationToken);

    // Booleans are stored as 0/1 integers on both databases (SQLite has no boolean type); SQLite binds a bool as an
    // integer by itself, PostgreSQL would refuse a boolean for an integer column, so it gets the same 0/1 here.
    // A null given without a type (an optional filter: "@Team IS NULL OR c.team = @Team") is text: SQLite needs no type
    // for it, PostgreSQL cannot infer one from "IS NULL" alone.
    private NpgsqlCommand Prepared()
    {
        foreach (NpgsqlParameter parameter in Npgsql.Parameters)
        {
            if (parameter.Value is bool flag)
            {
                parameter.DbType = DbType.Int64;
                parameter.Value = flag ? 1L : 0L;
            }
            else if (parameter.Value is null or DBNull && parameter.NpgsqlDbType == NpgsqlDbType.Unknown)
            {
                parameter.NpgsqlDbType = NpgsqlDbType.Text;
            }
        }

        return Npgsql;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Npgsql.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await Npgsql.DisposeAsync();
        await base.DisposeAsync();
    }
}
