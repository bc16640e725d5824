using System.Data.Common;

namespace InteractionAnalytics.Storage.Dialects;

/// <summary>
/// A database server the storage can run on besides the embedded SQLite, registered by the host that carries its driver
/// (<see cref="DatabaseProviders.Register"/>), so Storage itself needs no driver but SQLite's.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The dialect of the databases this provider opens.</summary>
    SqlDialect Dialect { get; }

    /// <summary>Whether the <c>--db</c> value <paramref name="db"/> (trimmed, not empty) names a database of this provider.</summary>
    bool Recognizes(string db);

    /// <summary>A data source for <paramref name="db"/>; the caller disposes it.</summary>
    DbDataSource CreateDataSource(string db);

    /// <summary>What <paramref name="db"/> is, for logs: server and database, never the password.</summary>
    string Describe(string db);

    /// <summary>Bulk writes for the ingest (binary COPY); <see langword="null"/> when rows go one statement each.</summary>
    IBulkCopier? BulkCopier => null;
}
