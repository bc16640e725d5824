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
    private const string Sums = """
        COUNT(*) AS Contacts,
        COALESCE(SUM(CASE WHEN abandoned = 0 THEN 1 ELSE 0 END), 0) AS Handled,
        COALESCE(SUM(CASE WHEN abandoned = 1 THEN 1 ELSE 0 END), 0) AS Abandoned,
        COALESCE(SUM(CASE WHEN abandoned = 0 AND transfer_count > 0 THEN 1 ELSE 0 END), 0) AS Transferred,
        COALESCE(SUM(CASE WHEN abandoned = 0 THEN talk_seconds ELSE 0.0 END), 0.0) AS TalkSeconds,
        COALESCE(SUM(CASE WHEN abandoned = 0 THEN hold_seconds ELSE 0.0 END), 0.0) AS HoldSeconds,
        COALESCE(SUM(CASE WHEN abandoned = 0 THEN acw_seconds ELSE 0.0 END), 0.0) AS AcwSeconds
        """;

    private const string Filter = "(@From IS NULL OR start_date >= @From) AND (@To IS NULL OR start_date <= @To)";

    // The label a report groups by: the latest supervisor correction of that label, else the model's.
    private const string Contacts = "contacts c LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id";

    private static readonly string EffectiveIntent = $"COALESCE({CorrectionSql.Latest("intent", "c.call_id")}, cl.intent)";

    private static readonly string EffectiveRootCause = $"COALESCE({CorrectionSql.Latest("root_cause", "c.call_id")}, cl.root_cause)";

    private readonly DbDataSource _dataSource;

    public DapperReportSource(DbDataSource dataSource) => _dataSource = dataSource;

    public async Task<Report> GetReportAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var args = new
        {
            From = query.From is { } from ? StorageFormat.Date(from) : null,
            To = query.To is { } to ? StorageFormat.Date(to) : null,
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.QuerySingleAsync<TotalsRow>(new CommandDefinition(
            $"SELECT {Sums} FROM contacts WHERE {Filter}", args, cancellationToken: cancellationToken));

        IReadOnlyList<ReportGroup> groups = [];
        if (query.GroupBy != ReportGrouping.None)
        {
            // The column comes from this fixed list, never from user text, so each grouping is one constant SQL text.
            var column = query.GroupBy switch
            {
                ReportGrouping.Day => "start_date",
                ReportGrouping.Agent => "agent_id",
                ReportGrouping.Team => "team",
                ReportGrouping.Queue => "queue",
                ReportGrouping.Intent => EffectiveIntent,
                ReportGrouping.RootCause => EffectiveRootCause,
                _ => throw new ArgumentOutOfRangeException(nameof(query), query.GroupBy, "Unknown grouping."),
            };
            var rows = await connection.QueryAsync<TotalsRow>(new CommandDefinition(
                $"SELECT {column} AS Key, {Sums} FROM {Contacts} WHERE {Filter} GROUP BY 1 ORDER BY 1",
                args, cancellationToken: cancellationToken));
            groups = [.. rows.Select(r => new ReportGroup(r.Key, ContactMetrics.From(r.ToTotals())))];
        }

        return new Report(query, ContactMetrics.From(total.ToTotals()), groups);
    }
}
