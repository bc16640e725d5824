using System.Data.Common;
using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage;

/// <summary>Stores a transcript's speaker-role assignments in <c>speaker_roles</c>, replacing earlier ones.</summary>
internal static class SpeakerRolesWriter
{
    public static async Task ReplaceAsync(
        DbConnection connection, DbTransaction transaction, string callId, SpeakerRoleResult? roles, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM speaker_roles WHERE call_id = @CallId", new { CallId = callId }, transaction, cancellationToken: cancellationToken));
        if (roles is null || roles.Assignments.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO speaker_roles (call_id, speaker_label, role, method, confidence, evidence)
            VALUES (@CallId, @Label, @Role, @Method, @Confidence, @Evidence)
            """, roles.Assignments.Select(a => new
        {
            CallId = callId,
            a.Label,
            Role = SpeakerNames.ToName(a.Role),
            Method = SpeakerRoleMethodNames.ToName(a.Method),
            a.Confidence,
            Evidence = JsonSerializer.Serialize(a.Evidence),
        }), transaction, cancellationToken: cancellationToken));
    }
}
