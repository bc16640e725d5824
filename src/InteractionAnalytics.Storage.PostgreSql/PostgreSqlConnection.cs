using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>An Npgsql connection under another name, so Dapper expands list parameters (see <see cref="PostgreSqlDataSource"/>).</summary>
public sealed class PostgreSqlConnection : DbConnection
{
    internal PostgreSqlConnection(NpgsqlConnection inner) => Npgsql = inner;

    /// <summary>The Npgsql connection underneath, for what only Npgsql does (binary COPY).</summary>
    public NpgsqlConnection Npgsql { get; }

    /// <inheritdoc />
    [AllowNull]
    public override string ConnectionString
    {
        get => Npgsql.ConnectionString;
        set => Npgsql.ConnectionString = value;
    }

    /// <inheritdoc />
    public override string Database => Npgsql.Database;

    /// <inheritdoc />
    public override string DataSource => Npgsql.DataSource;

    /// <inheritdoc />
    public override string ServerVersion => Npgsql.ServerVersion;

    /// <inheritdoc />
    public override ConnectionState State => Npgsql.State;

    /// <inheritdoc />
    public override int ConnectionTimeout => Npgsql.ConnectionTimeout;

    /// <inheritdoc />
    public override void ChangeDatabase(string databaseName) => Npgsql.ChangeDatabase(databaseName);

    /// <inheritdoc />
    public override void Open() => Npgsql.Open();

    /// <inheritdoc />
    public override Task OpenAsync(CancellationToken cancellationToken) => Npgsql.OpenAsync(cancellationToken);

    /// <inheritdoc />
    public override void Close() => Npgsql.Close();

    /// <inheritdoc />
    public override Task CloseAsync() => Npgsql.CloseAsync();

    /// <inheritdoc />
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        new PostgreSqlTransaction(this, Npgsql.BeginTransaction(isolationLevel));

    /// <inheritdoc />
    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        new PostgreSqlTransaction(this, await Npgsql.BeginTransactionAsync(isolationLevel, cancellationToken));

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() => new PostgreSqlCommand(this, Npgsql.CreateCommand());

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
