using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage;

/// <summary>
/// The repeat-linking post-pass over the database: picks the contacts whose outcome may have changed, reads their
/// customers' whole history, links it with <see cref="RepeatLinker"/> (Core holds the definitions) and upserts
/// <c>contact_outcomes</c>, all in one transaction, so a crash leaves the previous outcomes and a rerun redoes the pass.
/// </summary>
internal sealed class RepeatLinkWriter
{
    // A contact's outcome may change when it or another contact of its customer arrived or changed in this run, when its
    // window is still open (the horizon moved), or when it has none yet. The customers of those contacts are relinked whole.
    private const string SelectAffectedCustomers = """
        INSERT INTO temp_link_customers (customer_id)
        SELECT DISTINCT c.customer_id FROM contacts c
        LEFT JOIN contact_outcomes o ON o.call_id = c.call_id
        LEFT JOIN transcripts t ON t.call_id = c.call_id
        WHERE c.customer_id IS NOT NULL AND TRIM(c.customer_id) <> ''
          AND (@All = 1 OR c.last_run_id = @RunId OR t.last_run_id = @RunId OR o.call_id IS NULL OR o.window_elapsed = 0)
        """;

    private static readonly string SelectContacts = $"""
        SELECT c.call_id AS CallId, c.customer_id AS CustomerId, c.started_at AS StartedAt, c.ended_at AS EndedAt,
               c.abandoned AS Abandoned, c.handle_seconds AS HandleSeconds,
               COALESCE({CorrectionSql.Latest("intent", "c.call_id")}, cl.intent) AS Intent
        FROM contacts c
        LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
        LEFT JOIN contact_outcomes o ON o.call_id = c.call_id
        WHERE c.customer_id IN (SELECT customer_id FROM temp_link_customers)
           OR ((c.customer_id IS NULL OR TRIM(c.customer_id) = '')
               AND (@All = 1 OR c.last_run_id = @RunId OR o.call_id IS NULL))
        """;

    // Every contact of the given customers, as SelectContacts reads them (re-linking after a deletion).
    private static readonly string SelectCustomerHistories = $"""
        SELECT c.call_id AS CallId, c.customer_id AS CustomerId, c.started_at AS StartedAt, c.ended_at AS EndedAt,
               c.abandoned AS Abandoned, c.handle_seconds AS HandleSeconds,
               COALESCE({CorrectionSql.Latest("intent", "c.call_id")}, cl.intent) AS Intent
        FROM contacts c
        LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
        WHERE c.customer_id IN @CustomerIds
        """;

    private const string Upsert = """
        INSERT INTO contact_outcomes (call_id, outcome, next_call_id, seconds_to_next, chain_id, chain_position, window_elapsed,
                                      window_seconds, same_intent, horizon_utc, run_id)
        VALUES (@CallId, @Outcome, @NextCallId, @SecondsToNext, @ChainId, @ChainPosition, @WindowElapsed,
                @WindowSeconds, @SameIntent, @HorizonUtc, @RunId)
        ON CONFLICT (call_id) DO UPDATE SET
            outcome = excluded.outcome, next_call_id = excluded.next_call_id, seconds_to_next = excluded.seconds_to_next,
            chain_id = excluded.chain_id, chain_position = excluded.chain_position, window_elapsed = excluded.window_elapsed,
            window_seconds = excluded.window_seconds,
            same_intent = excluded.same_intent, horizon_utc = excluded.horizon_utc, run_id = excluded.run_id
        """;

    private readonly DbDataSource _dataSource;

    public RepeatLinkWriter(DbDataSource dataSource) => _dataSource = dataSource;

    public async Task<RepeatLinkSummary> LinkAsync(long runId, RepeatLinkingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var windowSeconds = options.Window.TotalSeconds;
        var sameIntent = options.SameIntent ? 1 : 0;

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var horizonText = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT MAX(started_at_utc) FROM contacts", transaction: transaction, cancellationToken: cancellationToken));
        if (horizonText is null)
        {
            return new RepeatLinkSummary(options, null, 0, false, 0, 0, 0, 0);
        }

        var horizon = DateTimeOffset.Parse(horizonText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

        // Outcomes computed with another window or intent rule mean something else: relink everything.
        var stale = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM contact_outcomes WHERE window_seconds <> @WindowSeconds OR same_intent <> @SameIntent",
            new { WindowSeconds = windowSeconds, SameIntent = sameIntent }, transaction, cancellationToken: cancellationToken));
        var all = stale > 0 ? 1 : 0;

        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE IF NOT EXISTS temp_link_customers (customer_id TEXT NOT NULL PRIMARY KEY)",
            transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM temp_link_customers", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            SelectAffectedCustomers, new { All = all, RunId = runId }, transaction, cancellationToken: cancellationToken));

        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition(
            SelectContacts, new { All = all, RunId = runId }, transaction, cancellationToken: cancellationToken));
        var contacts = rows.Select(ToLinkable).ToList();
        var outcomes = RepeatLinker.Link(contacts, horizon, options);

        var horizonUtc = StorageFormat.UtcTimestamp(horizon);
        await connection.ExecuteAsync(new CommandDefinition(
            Upsert, OutcomeRows(outcomes, windowSeconds, sameIntent, horizonUtc, runId), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM temp_link_customers", transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return new RepeatLinkSummary(
            options,
            horizon,
            outcomes.Count,
            all == 1,
            outcomes.Count(o => o.Outcome == RepeatOutcome.ResolvedFirstContact),
            outcomes.Count(o => o.Outcome == RepeatOutcome.Repeated),
            outcomes.Count(o => o.Outcome == RepeatOutcome.Pending),
            outcomes.Count(o => o.Outcome == RepeatOutcome.Unlinkable));
    }

    /// <summary>
    /// The settings of the latest linking pass (window, intent rule, horizon, run), from its outcome rows, inside the caller's
    /// transaction; <see langword="null"/> when no contact has an outcome (repeats were never linked).
    /// </summary>
    internal static async Task<LinkSettingsRow?> ReadLatestSettingsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.QueryFirstOrDefaultAsync<LinkSettingsRow>(new CommandDefinition("""
            SELECT window_seconds AS WindowSeconds, same_intent AS SameIntent, horizon_utc AS HorizonUtc, run_id AS RunId
            FROM contact_outcomes ORDER BY run_id DESC, horizon_utc DESC LIMIT 1
            """, transaction: transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Re-links the whole remaining history of each of <paramref name="customerIds"/> with <see cref="RepeatLinker"/> and
    /// <paramref name="settings"/> (the latest pass's window, intent rule, horizon and run), upserting their outcomes inside the
    /// caller's transaction. Used after contacts were deleted: a contact gone from the middle of a chain changes its
    /// neighbours' outcomes, chain ids and positions. Returns the number of outcomes written.
    /// </summary>
    internal static async Task<int> RelinkCustomersAsync(
        DbConnection connection, DbTransaction transaction, LinkSettingsRow settings, IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken)
    {
        if (customerIds.Count == 0)
        {
            return 0;
        }

        var options = new RepeatLinkingOptions { Window = TimeSpan.FromSeconds(settings.WindowSeconds), SameIntent = settings.SameIntent == 1 };
        var horizon = DateTimeOffset.Parse(settings.HorizonUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition(
            SelectCustomerHistories, new { CustomerIds = customerIds }, transaction, cancellationToken: cancellationToken));
        var outcomes = RepeatLinker.Link(rows.Select(ToLinkable), horizon, options);
        await connection.ExecuteAsync(new CommandDefinition(
            Upsert, OutcomeRows(outcomes, settings.WindowSeconds, (int)settings.SameIntent, settings.HorizonUtc, settings.RunId), transaction,
            cancellationToken: cancellationToken));
        return outcomes.Count;
    }

    // The parameters of Upsert, one object per outcome; the linking pass's settings repeat on every row.
    private static IEnumerable<object> OutcomeRows(
        IEnumerable<ContactOutcome> outcomes, double windowSeconds, int sameIntent, string horizonUtc, long runId) =>
        outcomes.Select(o => (object)new
        {
            o.CallId,
            Outcome = RepeatOutcomeNames.ToName(o.Outcome),
            o.NextCallId,
            o.SecondsToNext,
            o.ChainId,
            o.ChainPosition,
            WindowElapsed = o.WindowElapsed ? 1 : 0,
            WindowSeconds = windowSeconds,
            SameIntent = sameIntent,
            HorizonUtc = horizonUtc,
            RunId = runId,
        });

    private static LinkableContact ToLinkable(LinkRow row) => new(
        row.CallId,
        row.CustomerId,
        StorageFormat.ParseTimestamp(row.StartedAt),
        StorageFormat.ParseTimestamp(row.EndedAt),
        Handled: row.Abandoned == 0,
        row.HandleSeconds,
        row.Intent);
}
