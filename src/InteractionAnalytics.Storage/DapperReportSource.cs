using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage;

/// <summary>
/// <see cref="IReportSource"/> over SQL: the database sums (<see cref="ContactTotals"/>), Core derives the
/// metrics (<see cref="ContactMetrics.From"/>), so the definitions live in one place.
/// </summary>
internal sealed class DapperReportSource : IReportSource
{
    // Sums over handled contacts only; abandoned contacts count in contacts and abandoned, nothing else.
    // Duration sums use 0.0, never 0: SQLite types values per row, and an integer 0 in the first row
    // would make Dapper's reader expect integers for the rest.
    internal const string Sums = """
        COUNT(*) AS Contacts,
        COALESCE(SUM(CASE WHEN c.abandoned = 0 THEN 1 ELSE 0 END), 0) AS Handled,
        COALESCE(SUM(CASE WHEN c.abandoned = 1 THEN 1 ELSE 0 END), 0) AS Abandoned,
        COALESCE(SUM(CASE WHEN c.abandoned = 0 AND c.transfer_count > 0 THEN 1 ELSE 0 END), 0) AS Transferred,
        COALESCE(SUM(CASE WHEN c.abandoned = 0 THEN c.talk_seconds ELSE 0.0 END), 0.0) AS TalkSeconds,
        COALESCE(SUM(CASE WHEN c.abandoned = 0 THEN c.hold_seconds ELSE 0.0 END), 0.0) AS HoldSeconds,
        COALESCE(SUM(CASE WHEN c.abandoned = 0 THEN c.acw_seconds ELSE 0.0 END), 0.0) AS AcwSeconds,
        COALESCE(SUM(CASE WHEN o.outcome = 'resolved_first_contact' THEN 1 ELSE 0 END), 0) AS ResolvedFirstContact,
        COALESCE(SUM(CASE WHEN o.outcome = 'repeated' AND o.window_elapsed = 1 THEN 1 ELSE 0 END), 0) AS Repeated,
        COALESCE(SUM(CASE WHEN o.outcome = 'repeated' AND o.window_elapsed = 0 THEN 1 ELSE 0 END), 0) AS RepeatedWindowOpen,
        COALESCE(SUM(CASE WHEN o.outcome = 'pending' THEN 1 ELSE 0 END), 0) AS Pending,
        COALESCE(SUM(CASE WHEN o.outcome = 'unlinkable' THEN 1 ELSE 0 END), 0) AS Unlinkable,
        COALESCE(SUM(CASE WHEN m.customer_sentiment_change IS NOT NULL THEN m.customer_sentiment_change ELSE 0.0 END), 0.0) AS SentimentChangeSum,
        COALESCE(SUM(CASE WHEN m.customer_sentiment_change IS NOT NULL THEN 1 ELSE 0 END), 0) AS SentimentChangeCount,
        COALESCE(SUM(CASE WHEN m.silence_seconds IS NOT NULL AND m.conversation_seconds IS NOT NULL THEN m.silence_seconds ELSE 0.0 END), 0.0) AS SilenceSeconds,
        COALESCE(SUM(CASE WHEN m.silence_seconds IS NOT NULL AND m.conversation_seconds IS NOT NULL THEN m.conversation_seconds ELSE 0.0 END), 0.0) AS TimedConversationSeconds,
        COALESCE(SUM(CASE WHEN m.resolution = 'resolved' THEN 1 ELSE 0 END), 0) AS ConversationResolved,
        COALESCE(SUM(CASE WHEN m.resolution = 'unresolved' THEN 1 ELSE 0 END), 0) AS ConversationUnresolved,
        COALESCE(SUM(CASE WHEN m.resolution = 'unknown' THEN 1 ELSE 0 END), 0) AS ConversationUnknown,
        COALESCE(SUM(CASE WHEN m.resolution IN ('resolved', 'unresolved')
                           AND (o.outcome = 'resolved_first_contact' OR (o.outcome = 'repeated' AND o.window_elapsed = 1)) THEN 1 ELSE 0 END), 0) AS ResolutionAgreementN,
        COALESCE(SUM(CASE WHEN (m.resolution = 'resolved' AND o.outcome = 'resolved_first_contact')
                           OR (m.resolution = 'unresolved' AND o.outcome = 'repeated' AND o.window_elapsed = 1) THEN 1 ELSE 0 END), 0) AS ResolutionAgreements
        """;

    internal const string Filter = "(@From IS NULL OR c.start_date >= @From) AND (@To IS NULL OR c.start_date <= @To)";

    // The label a report groups by is the latest supervisor correction of that label, else the model's.
    internal const string Contacts = """
        contacts c
        LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
        LEFT JOIN contact_outcomes o ON o.call_id = c.call_id
        LEFT JOIN conversation_measures m ON m.call_id = c.call_id
        """;

    // Finished chains (no member pending), each counted once, at its first contact: the first contact's date, agent,
    // team, queue, intent and root cause are the chain's. Repeats outside the date range still add their handle time.
    private const string Chains = """
        (SELECT o2.chain_id AS chain_id, COUNT(*) AS contacts, SUM(c2.handle_seconds) AS handle_seconds,
                SUM(CASE WHEN o2.outcome = 'pending' THEN 1 ELSE 0 END) AS pending
         FROM contact_outcomes o2 JOIN contacts c2 ON c2.call_id = o2.call_id
         WHERE o2.chain_id IS NOT NULL
         GROUP BY o2.chain_id) ch
        JOIN contacts c ON c.call_id = ch.chain_id
        LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
        """;

    private const string ChainSums = """
        COUNT(*) AS Chains, COALESCE(SUM(ch.contacts), 0) AS ChainContacts, COALESCE(SUM(ch.handle_seconds + 0.0), 0.0) AS ChainHandleSeconds
        """;

    private static readonly string EffectiveIntent = $"COALESCE({CorrectionSql.Latest("intent", "c.call_id")}, cl.intent)";

    internal static readonly string EffectiveRootCause = $"COALESCE({CorrectionSql.Latest("root_cause", "c.call_id")}, cl.root_cause)";

    private readonly DbDataSource _dataSource;

    public DapperReportSource(DbDataSource dataSource) => _dataSource = dataSource;

    public async Task<Report> GetReportAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.MinSample);
        var args = new
        {
            From = query.From is { } from ? StorageFormat.Date(from) : null,
            To = query.To is { } to ? StorageFormat.Date(to) : null,
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.QuerySingleAsync<TotalsRow>(new CommandDefinition(
            $"SELECT {Sums} FROM {Contacts} WHERE {Filter}", args, cancellationToken: cancellationToken));
        var totalChains = await connection.QuerySingleAsync<ChainTotalsRow>(new CommandDefinition(
            $"SELECT {ChainSums} FROM {Chains} WHERE ch.pending = 0 AND {Filter}", args, cancellationToken: cancellationToken));

        // The agent rows feed both the roll-up (when grouping by agent) and the fast-but-not-resolving list.
        var agents = await GroupTotalsAsync(connection, "c.agent_id", "c.team", "c.abandoned = 0 AND c.agent_id IS NOT NULL", args, cancellationToken);
        var agentTotals = agents.Select(r => new AgentTotals(r.Key!, r.Team, r.Totals)).ToList();

        IReadOnlyList<ReportGroup> groups = [];
        if (query.GroupBy == ReportGrouping.Agent)
        {
            groups = AgentReport.Rows(agentTotals, query.MinSample);
        }
        else if (query.GroupBy != ReportGrouping.None)
        {
            // The column comes from this fixed list, never from user text, so each grouping is one constant SQL text.
            var column = query.GroupBy switch
            {
                ReportGrouping.Day => "c.start_date",
                ReportGrouping.Team => "c.team",
                ReportGrouping.Queue => "c.queue",
                ReportGrouping.Intent => EffectiveIntent,
                ReportGrouping.RootCause => EffectiveRootCause,
                _ => throw new ArgumentOutOfRangeException(nameof(query), query.GroupBy, "Unknown grouping."),
            };
            var rows = await GroupTotalsAsync(connection, column, "NULL", "1 = 1", args, cancellationToken);
            groups = [.. rows.Select(r => new ReportGroup(r.Key, ContactMetrics.From(r.Totals)))];
        }

        return new Report(query, ContactMetrics.From(WithChains(total.ToTotals(), totalChains)), groups)
        {
            FastNotResolving = AgentReport.FastNotResolving(agentTotals, query.MinSample),
        };
    }

    private static async Task<List<(string? Key, string? Team, ContactTotals Totals)>> GroupTotalsAsync(
        DbConnection connection, string column, string team, string where, object args, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<TotalsRow>(new CommandDefinition(
            $"SELECT {column} AS Key, {team} AS Team, {Sums} FROM {Contacts} WHERE {where} AND {Filter} GROUP BY 1, 2 ORDER BY 1, 2",
            args, cancellationToken: cancellationToken));
        var chains = (await connection.QueryAsync<ChainTotalsRow>(new CommandDefinition(
                $"SELECT {column} AS Key, {team} AS Team, {ChainSums} FROM {Chains} WHERE ch.pending = 0 AND {where} AND {Filter} GROUP BY 1, 2",
                args, cancellationToken: cancellationToken)))
            .ToDictionary(r => (r.Key, r.Team));
        return [.. rows.Select(r => (r.Key, r.Team, WithChains(r.ToTotals(), chains.GetValueOrDefault((r.Key, r.Team)))))];
    }

    private static ContactTotals WithChains(ContactTotals totals, ChainTotalsRow? chains) => chains is null
        ? totals
        : totals with
        {
            ResolvedChains = chains.Chains,
            ResolvedChainContacts = chains.ChainContacts,
            ResolvedChainHandleSeconds = chains.ChainHandleSeconds,
        };
}
