using Dapper;
using InteractionAnalytics.Core.Classification.Corrections;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// A small contact center for scorecard and coaching tests, every number written by hand (weeks: 16–22 Nov is ISO week 47,
/// 23–29 Nov week 48):
/// <code>
/// call agent team  day handle transfers outcome           change root cause (confidence)         QA evaluations
/// C1   A1    North 17  360    0         resolved          +0.4   agent (0.9)                     E1 submitted 0.9; E4 draft 0.1
/// C2   A1    North 18  330    1         repeated          −0.2   billing (0.8), corrected: agent E2 submitted 0.5
/// C3   A1    North 24  120    0         pending           –      billing (0.6)                   –
/// C4   A1    South 19  400    0         resolved          –      –                               E3 submitted 0.8, critical failed
/// C5   A2    North 17  600    0         resolved          0.0    product (0.9)                   E5 submitted 0.6
/// C6   A2    North 24  180    0         repeated          –      agent (0.4)                     –
/// C7   –     –     17  abandoned
/// </code>
/// </summary>
internal static class ScorecardSeed
{
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run,
        [
            Contacts.Handled("C1", "A1", "North", day: 17, talk: 300, acw: 60),
            Contacts.Handled("C2", "A1", "North", day: 18, talk: 200, hold: 100, acw: 30, transfers: 1),
            Contacts.Handled("C3", "A1", "North", day: 24, talk: 100, acw: 20),
            Contacts.Handled("C4", "A1", "South", day: 19, talk: 400, acw: 0),
            Contacts.Handled("C5", "A2", "North", day: 17, talk: 500, acw: 100),
            Contacts.Handled("C6", "A2", "North", day: 24, talk: 140, acw: 40),
            Contacts.Abandoned("C7", day: 17),
        ], default);

        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        var runId = await connection.ExecuteScalarAsync<long>("SELECT MAX(run_id) FROM ingest_runs");
        foreach (var (callId, outcome, elapsed) in new[]
        {
            ("C1", "resolved_first_contact", 1), ("C2", "repeated", 1), ("C3", "pending", 0), ("C4", "resolved_first_contact", 1),
            ("C5", "resolved_first_contact", 1), ("C6", "repeated", 1), ("C7", "not_applicable", 1),
        })
        {
            await connection.ExecuteAsync("""
                INSERT INTO contact_outcomes (call_id, outcome, window_elapsed, window_seconds, same_intent, horizon_utc, run_id)
                VALUES (@CallId, @Outcome, @Elapsed, 604800, 0, '2026-12-30T00:00:00Z', @RunId)
                """, new { CallId = callId, Outcome = outcome, Elapsed = elapsed, RunId = runId });
        }

        foreach (var (callId, change) in new (string, double?)[] { ("C1", 0.4), ("C2", -0.2), ("C5", 0.0), ("C6", null) })
        {
            await connection.ExecuteAsync("""
                INSERT INTO conversation_measures (call_id, sentiment_analyzer, turn_sentiments, customer_sentiment_change,
                    dynamics_status, resolution, resolution_confidence, resolution_evidence, run_id)
                VALUES (@CallId, 'test', '[]', @Change, 'ok', 'unknown', 0.5, '[]', @RunId)
                """, new { CallId = callId, Change = change, RunId = runId });
        }

        foreach (var (callId, rootCause, confidence) in new[]
        {
            ("C1", "agent", 0.9), ("C2", "billing", 0.8), ("C3", "billing", 0.6), ("C5", "product", 0.9), ("C6", "agent", 0.4),
        })
        {
            await connection.ExecuteAsync("""
                INSERT INTO contact_classifications (call_id, intent, intent_confidence, root_cause, root_cause_confidence, evidence,
                    model_version, needs_review, run_id)
                VALUES (@CallId, 'billing_question', 0.9, @RootCause, @Confidence, '[]', 'test', 0, @RunId)
                """, new { CallId = callId, RootCause = rootCause, Confidence = confidence, RunId = runId });
        }

        await db.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection("C2", null, "agent", "The agent gave the wrong fee.", "sue", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)), default);

        foreach (var (evaluation, callId, agent, status, score, critical) in new[]
        {
            (1, "C1", "A1", "submitted", 0.9, 0), (2, "C2", "A1", "submitted", 0.5, 0), (3, "C4", "A1", "submitted", 0.8, 1),
            (4, "C1", "A1", "draft", 0.1, 0), (5, "C5", "A2", "submitted", 0.6, 0),
        })
        {
            await InsertEvaluationAsync(connection, evaluation, callId, agent, status, score, critical);
        }

        return db;
    }

    public static Task<int> InsertEvaluationAsync(System.Data.Common.DbConnection connection, long evaluationId, string callId, string agent, string status, double score, int critical) =>
        connection.ExecuteAsync("""
            INSERT INTO qa_evaluations (evaluation_id, call_id, agent_id, form_id, form_version, form_json, status, score, critical_failed,
                evaluator, created_at, submitted_at)
            VALUES (@Id, @CallId, @Agent, 'f', '1', '{}', @Status, @Score, @Critical, 'quinn', '2026-11-20T10:00:00.000+00:00',
                CASE WHEN @Status = 'submitted' THEN '2026-11-20T10:05:00.000+00:00' END)
            """, new { Id = evaluationId, CallId = callId, Agent = agent, Status = status, Score = score, Critical = critical });
}
