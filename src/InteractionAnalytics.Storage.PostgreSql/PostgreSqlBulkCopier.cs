using System.Data.Common;
using System.Text;
using InteractionAnalytics.Storage.Dialects;
using Npgsql;
using NpgsqlTypes;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>
/// <see cref="IBulkCopier"/> through Npgsql's binary COPY (<see cref="NpgsqlConnection.BeginBinaryImportAsync"/>): a
/// whole batch in one round trip instead of one <c>INSERT</c> per row.
/// </summary>
public sealed class PostgreSqlBulkCopier : IBulkCopier
{
    private PostgreSqlBulkCopier()
    {
    }

    /// <summary>The one instance (it holds no state).</summary>
    public static PostgreSqlBulkCopier Instance { get; } = new();

    /// <inheritdoc />
    public async Task CopyAsync(
        DbConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var npgsql = Unwrap(connection);
        var copy = new StringBuilder("COPY ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") FROM STDIN (FORMAT BINARY)").ToString();
        await using var importer = await npgsql.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            if (row.Length != columns.Count)
            {
                throw new ArgumentException($"A row for {table} has {row.Length} values for {columns.Count} columns.", nameof(rows));
            }

            await importer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                await WriteAsync(importer, value, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task StageAsync(
        DbConnection connection, string staging, string likeTable, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(likeTable);
        ArgumentNullException.ThrowIfNull(columns);
        var npgsql = Unwrap(connection);

        // CREATE TABLE AS … WITH NO DATA: the listed columns with their types and collations, without the target's
        // constraints (a staging table holds only some columns). ON COMMIT DROP: every batch is its own transaction, so
        // the name is free again for the next one.
        var create = new StringBuilder("CREATE TEMP TABLE ").Append(staging).Append(" ON COMMIT DROP AS SELECT ")
            .AppendJoin(", ", columns).Append(" FROM ").Append(likeTable).Append(" WITH NO DATA").ToString();
        await using (var command = new NpgsqlCommand(create, npgsql))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyAsync(connection, staging, columns, rows, cancellationToken);
    }

    private static NpgsqlConnection Unwrap(DbConnection connection) => connection switch
    {
        PostgreSqlConnection wrapped => wrapped.Npgsql,
        NpgsqlConnection npgsql => npgsql,
        null => throw new ArgumentNullException(nameof(connection)),
        _ => throw new ArgumentException("Binary COPY needs a PostgreSQL connection.", nameof(connection)),
    };

    // The schema's types: TEXT, BIGINT (every integer, flags included) and DOUBLE PRECISION. Binary COPY checks the wire
    // type against the column's, so an int is widened here rather than refused there.
    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null or DBNull => importer.WriteNullAsync(cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        long number => importer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        int number => importer.WriteAsync((long)number, NpgsqlDbType.Bigint, cancellationToken),
        bool flag => importer.WriteAsync(flag ? 1L : 0L, NpgsqlDbType.Bigint, cancellationToken),
        double real => importer.WriteAsync(real, NpgsqlDbType.Double, cancellationToken),
        _ => throw new ArgumentException($"Binary COPY here takes text, integers and doubles, not {value.GetType().Name}.", nameof(value)),
    };
}
