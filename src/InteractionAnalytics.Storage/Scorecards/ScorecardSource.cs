using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage.Scorecards;

/// <summary>
/// Agent scorecards from the database: the report's own sums (<see cref="DapperReportSource"/>: handled contacts, repeat
/// outcomes, conversation measures, corrections winning over the model) per agent, team and local date, plus the
/// effective root cause and submitted QA evaluations; Core (<see cref="Scorecard"/>) does the arithmetic.
/// </summary>
public sealed class ScorecardSource
{
    // Handled contacts with an agent, as the report's agent rows: per agent, team and local date.
    private static readonly string DaysSql = $"""
        SELECT c.agent_id AS AgentId, c.team AS Team, c.start_date AS Day,
               COALESCE(SUM(CASE WHEN {DapperReportSource.EffectiveRootCause} IS NOT NULL THEN 1 ELSE 0 END), 0) AS Classified,
               COALESCE(SUM(CASE WHEN {DapperReportSource.EffectiveRootCause} = '{Scorecard.AgentRootCause}' THEN 1 ELSE 0 END), 0) AS AgentRootCause,
               {DapperReportSource.Sums}
        FROM {DapperReportSource.Contacts}
        WHERE c.abandoned = 0 AND c.agent_id IS NOT NULL AND {DapperReportSource.Filter}
        GROUP BY 1, 2, 3
        """;

    // Submitted, scored evaluations, filed under their contact's agent, team and local date.
    private static readonly string QaSql = $"""
        SELECT c.agent_id AS AgentId, c.team AS Team, c.start_date AS Day,
               COUNT(*) AS QaEvaluations, COALESCE(SUM(q.score + 0.0), 0.0) AS QaScoreSum
        FROM qa_evaluations q JOIN contacts c ON c.call_id = q.call_id
        WHERE q.status = 'submitted' AND q.score IS NOT NULL AND c.abandoned = 0 AND c.agent_id IS NOT NULL AND {DapperReportSource.Filter}
        GROUP BY 1, 2, 3
        """;

    private readonly DbDataSource _dataSource;

    internal ScorecardSource(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>
    /// The scorecard of <paramref name="agentId"/> over <paramref name="from"/>..<paramref name="to"/> (local dates, both
    /// inclusive, either open); <see langword="null"/> when no stored contact was ever handled by that agent. An agent
    /// with no contacts in the range gets a scorecard with nothing in it.
    /// </summary>
    public async Task<Scorecard?> GetAsync(string agentId, DateOnly? from, DateOnly? to, ScorecardMinimums minimums, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var known = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM (SELECT 1 FROM contacts WHERE agent_id = @AgentId LIMIT 1) AS agent_contacts", new { AgentId = agentId }, cancellationToken: cancellationToken));
        if (known == 0)
        {
            return null;
        }

        var days = await DaysAsync(connection, from, to, cancellationToken);
        return Scorecard.For(agentId, days, minimums);
    }

    /// <summary>Every agent with handled contacts in the range, each against their team, by agent id.</summary>
    public async Task<IReadOnlyList<Scorecard>> ListAsync(DateOnly? from, DateOnly? to, ScorecardMinimums minimums, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var days = await DaysAsync(connection, from, to, cancellationToken);
        return Scorecard.All(days, minimums);
    }

    private static async Task<List<ScorecardDay>> DaysAsync(DbConnection connection, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var args = new
        {
            From = from is { } f ? StorageFormat.Date(f) : null,
            To = to is { } t ? StorageFormat.Date(t) : null,
        };

        // Dapper splits each row at the report's first sum column: the key and scorecard counts, then the report's sums.
        var rows = await connection.QueryAsync<DayRow, TotalsRow, (DayRow Key, TotalsRow Sums)>(
            new CommandDefinition(DaysSql, args, cancellationToken: cancellationToken), (key, sums) => (key, sums), splitOn: "Contacts");
        var qa = (await connection.QueryAsync<QaRow>(new CommandDefinition(QaSql, args, cancellationToken: cancellationToken)))
            .ToDictionary(r => (r.AgentId, r.Team, r.Day));
        return
        [
            .. rows.Select(r =>
            {
                var evaluations = qa.GetValueOrDefault((r.Key.AgentId, r.Key.Team, r.Key.Day));
                return new ScorecardDay(r.Key.AgentId, r.Key.Team, ParseDay(r.Key.Day), new ScorecardTotals
                {
                    Contacts = r.Sums.ToTotals(),
                    Classified = r.Key.Classified,
                    AgentRootCause = r.Key.AgentRootCause,
                    QaEvaluations = evaluations?.QaEvaluations ?? 0,
                    QaScoreSum = evaluations?.QaScoreSum ?? 0,
                });
            }),
        ];
    }

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class DayRow
    {
        public string AgentId { get; init; } = string.Empty;
        public string? Team { get; init; }
        public string Day { get; init; } = string.Empty;
        public long Classified { get; init; }
        public long AgentRootCause { get; init; }
    }

    private sealed class QaRow
    {
        public string AgentId { get; init; } = string.Empty;
        public string? Team { get; init; }
        public string Day { get; init; } = string.Empty;
        public long QaEvaluations { get; init; }
        public double QaScoreSum { get; init; }
    }
}
