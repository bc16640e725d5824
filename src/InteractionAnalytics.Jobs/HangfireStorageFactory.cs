using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using InteractionAnalytics.Storage.PostgreSql;

namespace InteractionAnalytics.Jobs;

/// <summary>Hangfire's storage on the data's own PostgreSQL database, in its own schema (<c>hangfire</c>).</summary>
public static class HangfireStorageFactory
{
    /// <summary>The schema Hangfire.PostgreSql creates and keeps its tables in.</summary>
    public const string SchemaName = "hangfire";

    /// <summary>
    /// Opens Hangfire's storage, creating its schema if needed (Hangfire.PostgreSql's own install).
    /// </summary>
    /// <param name="database">A PostgreSQL connection string or URL (as <c>--db</c> takes it).</param>
    /// <param name="invisibilityTimeout">
    /// How long a fetched job stays invisible to other workers after its worker stops sending keep-alives (it died);
    /// <see langword="null"/> for Hangfire's default, 30 minutes. A short one only makes sense in tests (docs/distributed.md).
    /// </param>
    public static JobStorage Create(string database, TimeSpan? invisibilityTimeout)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaName,
            PrepareSchemaIfNecessary = true,

            // Sliding: a live worker keeps its job invisible however long the chunk takes; only a dead one lets it come back.
            UseSlidingInvisibilityTimeout = true,
        };
        if (invisibilityTimeout is { } timeout)
        {
            options.InvisibilityTimeout = timeout;
        }

        var connectionString = PostgreSqlConnectionString.Parse(database).ConnectionString;
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
