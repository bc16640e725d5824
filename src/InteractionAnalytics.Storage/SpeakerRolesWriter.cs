using System.Data.Common;
using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage;

/// <summary>Stores a transcript's speaker-role assignments in <c>speaker_roles</c>, replacing earlier ones.</summary>
internal static class SpeakerRolesWriter
{
    /// <summary>The columns of <see cref="CopyRows"/>, in order.</summary>
    public static IReadOnlyList<string> CopyColumns { get; } = ["call_id", "speaker_label", "role", "method", "confidence", "evidence"];

    /// <summary>
    /// Replaces the call's assignments. With <paramref name="copied"/> (the bulk path) the new rows are added to it for one
    /// COPY per batch instead of being inserted here; the old rows are deleted here either way.
    /// </summary>
    public static async Task ReplaceAsync(
        DbConnection connection, DbTransaction transaction, string callId, SpeakerRoleResult? roles, CancellationToken cancellationToken,
        List<object?[]>? copied = null)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM speaker_roles WHERE call_id = @CallId", new { CallId = callId }, transaction, cancellationToken: cancellationToken));
        if (roles is null || roles.Assignments.Count == 0)
        {
            return;
        }

        if (copied is not null)
        {
            copied.AddRange(CopyRows(callId, roles));
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

    private static IEnumerable<object?[]> CopyRows(string callId, SpeakerRoleResult roles) => roles.Assignments.Select(a => new object?[]
    {
        callId, a.Label, SpeakerNames.ToName(a.Role), SpeakerRoleMethodNames.ToName(a.Method), a.Confidence, JsonSerializer.Serialize(a.Evidence),
    });
}
