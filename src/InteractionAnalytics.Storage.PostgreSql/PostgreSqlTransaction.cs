using System.Data;
using System.Data.Common;
using Npgsql;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>An Npgsql transaction whose <see cref="DbTransaction.Connection"/> is the wrapping <see cref="PostgreSqlConnection"/>.</summary>
public sealed class PostgreSqlTransaction : DbTransaction
{
    private readonly PostgreSqlConnection _connection;

    internal PostgreSqlTransaction(PostgreSqlConnection connection, NpgsqlTransaction inner)
    {
        _connection = connection;
        Npgsql = inner;
    }

    /// <summary>The Npgsql transaction underneath.</summary>
    public NpgsqlTransaction Npgsql { get; }

    /// <inheritdoc />
    public override IsolationLevel IsolationLevel => Npgsql.IsolationLevel;

    /// <inheritdoc />
    protected override DbConnection DbConnection => _connection;

    /// <inheritdoc />
    public override void Commit() => Npgsql.Commit();

    /// <inheritdoc />
    public override Task CommitAsync(CancellationToken cancellationToken = default) => Npgsql.CommitAsync(cancellationToken);

    /// <inheritdoc />
    public override void Rollback() => Npgsql.Rollback();

    /// <inheritdoc />
    public override Task RollbackAsync(CancellationToken cancellationToken = default) => Npgsql.RollbackAsync(cancellationToken);

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
