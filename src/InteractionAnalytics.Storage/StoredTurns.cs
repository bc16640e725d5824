using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage;

/// <summary>Reads a stored transcript back as the classifier's turns (training, evaluation and reclassification).</summary>
internal static class StoredTurns
{
    /// <summary>
    /// The turns of <paramref name="callId"/> in order, with their stored roles (a role this program does not know reads as
    /// the customer); empty when it has no transcript. Inside <paramref name="transaction"/> when one is given.
    /// </summary>
    public static async Task<List<Turn>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, string callId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<TurnRow>(new CommandDefinition("""
            SELECT speaker AS Speaker, start_seconds AS StartSeconds, end_seconds AS EndSeconds, text AS Text
            FROM transcript_turns WHERE call_id = @CallId ORDER BY turn_index
            """, new { CallId = callId }, transaction, cancellationToken: cancellationToken)))
            .Select(t => new Turn(SpeakerNames.TryParse(t.Speaker, out var s) ? s : Speaker.Customer, t.StartSeconds, t.EndSeconds, t.Text))
            .ToList();

    private sealed record TurnRow(string Speaker, double? StartSeconds, double? EndSeconds, string Text);
}
