using System.Data.Common;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Storage.Coaching;
using InteractionAnalytics.Storage.Dialects;
using InteractionAnalytics.Storage.Migrations;
using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Storage.Retention;
using InteractionAnalytics.Storage.Scorecards;
using InteractionAnalytics.Storage.Users;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Storage;

/// <summary>
/// The database the engine keeps its contacts, transcripts, runs and rejects in: one
/// <see cref="DbDataSource"/> per process, opened from the <c>--db</c> value, with the stores over it.
/// </summary>
public sealed class InteractionDatabase : IAsyncDisposable
{
    /// <summary>The SQLite file used when <c>--db</c> is not given, in the working directory.</summary>
    public const string DefaultFileName = "interaction-analytics.db";

    private readonly DbDataSource _dataSource;

    private InteractionDatabase(DbDataSource dataSource, SqlDialect dialect, string description, IBulkCopier? bulkCopier = null)
    {
        _dataSource = dataSource;
        Dialect = dialect;
        Description = description;
        IngestStore = new DapperIngestStore(dataSource, bulkCopier);
        Reports = new DapperReportSource(dataSource);
        Runs = new IngestRunReader(dataSource);
        Classifications = new ClassificationStore(dataSource);
        SpeakerRoles = new SpeakerRoleStore(dataSource);
        Audio = new AudioMeasuresReader(dataSource);
        Users = new UserStore(dataSource, dialect);
        AuditLog = new AuditLog(dataSource);
        Contacts = new ContactBrowser(dataSource);
        Qa = new QaStore(dataSource);
        Scorecards = new ScorecardSource(dataSource);
        Coaching = new CoachingStore(dataSource, dialect);
        Deleter = new ContactDeleter(dataSource);
    }

    /// <summary>The SQL dialect of the database (SQLite or PostgreSQL).</summary>
    public SqlDialect Dialect { get; }

    /// <summary>What the database is, for logs (never the password).</summary>
    public string Description { get; }

    /// <summary>Where the ingest pipeline writes.</summary>
    public IIngestStore IngestStore { get; }

    /// <summary>Where reports come from.</summary>
    public IReportSource Reports { get; }

    /// <summary>The history of runs and their rejects.</summary>
    public IngestRunReader Runs { get; }

    /// <summary>Contacts' classifications, the review queue and supervisors' corrections.</summary>
    public ClassificationStore Classifications { get; }

    /// <summary>Supervisors' corrections of speaker roles, applied to the stored transcript at once.</summary>
    public SpeakerRoleStore SpeakerRoles { get; }

    /// <summary>The stored recordings' measures (<c>audio_measures</c>), for <c>ia audio</c>.</summary>
    public AudioMeasuresReader Audio { get; }

    /// <summary>The web app's users, roles and password hashes.</summary>
    public UserStore Users { get; }

    /// <summary>Who changed what, when, before, after and why.</summary>
    public AuditLog AuditLog { get; }

    /// <summary>Lists, filters and opens contacts for the web app.</summary>
    public ContactBrowser Contacts { get; }

    /// <summary>QA evaluations of contacts: start, save, submit, list, roll up per agent.</summary>
    public QaStore Qa { get; }

    /// <summary>Agent scorecards: each agent against their team, with weekly trends.</summary>
    public ScorecardSource Scorecards { get; }

    /// <summary>The coaching queue: items flagged for agents and coaches' notes.</summary>
    public CoachingStore Coaching { get; }

    /// <summary>Deletes contacts and everything derived from them: <c>ia delete</c>, <c>ia purge</c> (docs/retention.md).</summary>
    public ContactDeleter Deleter { get; }

    /// <summary>The data source, for tests and tools that query the schema directly.</summary>
    public DbDataSource DataSource => _dataSource;

    /// <summary>
    /// Opens the database <paramref name="db"/> names: <see langword="null"/> or empty for
    /// <see cref="DefaultFileName"/>; a path for a SQLite file (created if missing); a string with <c>=</c> for a
    /// SQLite connection string (e.g. <c>Data Source=x;Mode=Memory;Cache=Shared</c>); a value a registered
    /// <see cref="IDatabaseProvider"/> recognizes (PostgreSQL: <c>Host=…</c> or <c>postgres://…</c>, when the host
    /// registered it) for that server. The schema is brought up to date before this returns.
    /// </summary>
    /// <exception cref="NotSupportedException"><paramref name="db"/> names a PostgreSQL server and this host registered no PostgreSQL provider.</exception>
    public static async Task<InteractionDatabase> OpenAsync(string? db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var value = string.IsNullOrWhiteSpace(db) ? DefaultFileName : db.Trim();
        if (DatabaseProviders.Find(value) is { } provider)
        {
            return await OpenAsync(
                provider.CreateDataSource(value), provider.Dialect, $"{provider.Dialect} {provider.Describe(value)}", time, cancellationToken, provider.BulkCopier);
        }

        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                "This program was built without PostgreSQL support (no PostgreSQL provider registered); use a SQLite file path or connection string.");
        }

        var builder = value.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(value)
            : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(value) };

        // Cascading deletes (contacts → transcripts → turns) need SQLite's foreign keys, which are off by default.
        builder.ForeignKeys = true;
        builder.Pooling = true;
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate && builder.DataSource is { Length: > 0 } file && !file.Equals(":memory:", StringComparison.Ordinal))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        var dataSource = SqliteFactory.Instance.CreateDataSource(builder.ConnectionString);
        var database = new InteractionDatabase(dataSource, SqlDialect.Sqlite, $"SQLite {builder.DataSource}");
        try
        {
            await ConfigureAsync(dataSource, builder.Mode, cancellationToken);
            await SchemaMigrator.MigrateAsync(dataSource, SqlDialect.Sqlite, SqliteMigrations.All, time, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens the database behind <paramref name="dataSource"/>, which speaks <paramref name="dialect"/>, and brings its
    /// schema up to date. Takes ownership of <paramref name="dataSource"/>: disposing the database disposes it, also when
    /// this throws.
    /// </summary>
    /// <param name="dataSource">A data source for the database.</param>
    /// <param name="dialect">Its dialect.</param>
    /// <param name="description">What it is, for logs (never the password).</param>
    /// <param name="time">The clock the migrations' <c>applied_at</c> comes from.</param>
    /// <param name="cancellationToken">Cancels the migrations.</param>
    /// <param name="bulkCopier">
    /// The provider's bulk writes for the ingest (PostgreSQL's binary COPY); <see langword="null"/> (the default) writes
    /// one statement per row.
    /// </param>
    public static async Task<InteractionDatabase> OpenAsync(
        DbDataSource dataSource, SqlDialect dialect, string description, TimeProvider time, CancellationToken cancellationToken,
        IBulkCopier? bulkCopier = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        var database = new InteractionDatabase(dataSource, dialect, description, bulkCopier);
        try
        {
            await SchemaMigrator.MigrateAsync(dataSource, dialect, SqliteMigrations.All, time, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private static async Task ConfigureAsync(DbDataSource dataSource, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        if (mode == SqliteOpenMode.Memory)
        {
            return;
        }

        // WAL lets readers (a report, the web app) work while the nightly ingest writes; it is a property
        // of the file, so setting it once is enough.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
