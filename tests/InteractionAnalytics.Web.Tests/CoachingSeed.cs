using System.Globalization;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Web.Tests;

/// <summary>QA evaluations and coaching items added to a test site's database by hand (the QA pages are not needed for them).</summary>
internal static class CoachingSeed
{
    /// <summary>Adds a submitted (or other <paramref name="status"/>) evaluation of <paramref name="callId"/> with <paramref name="score"/>.</summary>
    public static async Task InsertEvaluationAsync(
        InteractionDatabase database, long evaluationId, string callId, string agentId, double score, bool criticalFailed = false, string status = "submitted")
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO qa_evaluations (evaluation_id, call_id, agent_id, form_id, form_version, form_json, status, score, critical_failed,
                evaluator, created_at, submitted_at)
            VALUES ({evaluationId}, '{callId}', '{agentId}', 'f', '1', '{"{}"}', '{status}', {score}, {(criticalFailed ? 1 : 0)}, 'quinn',
                '2026-11-20T10:00:00.000+00:00', '2026-11-20T10:05:00.000+00:00')
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Flags <paramref name="callId"/> by hand as <see cref="WebTestSite.Supervisor"/> and returns the item id.</summary>
    public static async Task<long> FlagAsync(InteractionDatabase database, string callId, string reason = "Listen to the opening.") =>
        (await database.Coaching.FlagAsync(callId, reason, WebTestSite.Supervisor, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), CancellationToken.None))!.ItemId;
}
