using System.Data.Common;
using Dapper;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Storage;

/// <summary>Reads the stored recordings' measures (<c>audio_measures</c>), for <c>ia audio</c>.</summary>
public sealed class AudioMeasuresReader
{
    private readonly DbDataSource _dataSource;

    internal AudioMeasuresReader(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>How many recordings are stored, how many were compared with a transcript, and how many of those disagree.</summary>
    public async Task<(long Recordings, long Compared, long Disagreeing)> GetCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition("""
            SELECT COUNT(*), COALESCE(SUM(compared_with_transcript), 0), COALESCE(SUM(CASE WHEN disagreement_count > 0 THEN 1 ELSE 0 END), 0)
            FROM audio_measures
            """, cancellationToken: cancellationToken));
    }

    /// <summary>Stored recordings, by call id; only those that disagree with their transcript when <paramref name="disagreeingOnly"/>.</summary>
    /// <param name="disagreeingOnly">Only recordings with at least one disagreement.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<ContactRecording>> GetAsync(bool disagreeingOnly, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var sql = RecordingRow.Select + (disagreeingOnly ? " WHERE disagreement_count > 0" : string.Empty) + " ORDER BY call_id LIMIT @Limit";
        var rows = await connection.QueryAsync<RecordingRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecording())];
    }
}
