using System.Data.Common;

namespace InteractionAnalytics.Storage.Dialects;

/// <summary>
/// Streams many rows into a table in one round trip (PostgreSQL: binary <c>COPY … FROM STDIN</c>), supplied by a
/// <see cref="IDatabaseProvider"/> whose driver can; SQLite has none and keeps its row-by-row inserts, which are cheap
/// in process. Values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/> or <see langword="null"/>,
/// the types the schema is written in (0/1 flags are <see cref="long"/>).
/// </summary>
public interface IBulkCopier
{
    /// <summary>
    /// Copies <paramref name="rows"/> (each one value per name in <paramref name="columns"/>, in that order) into the
    /// existing table <paramref name="table"/> on <paramref name="connection"/>, inside its open transaction.
    /// </summary>
    Task CopyAsync(DbConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the temporary table <paramref name="staging"/> with the <paramref name="columns"/> of
    /// <paramref name="likeTable"/> (their types, none of its constraints; dropped when the transaction ends) and copies <paramref name="rows"/> into it, for a set-based
    /// <c>INSERT … SELECT … FROM staging</c> that follows.
    /// </summary>
    Task StageAsync(
        DbConnection connection, string staging, string likeTable, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);
}
