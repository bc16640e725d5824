using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Storage.Tests.Retention;

/// <summary>
/// A small database for deletion tests, every value by hand. Each handled contact lasts 310 s (10 s to answer, 300 s talk);
/// the repeat window is 7 days; L9 (day 30) moves the horizon past every window.
/// <code>
/// customer  call      start (day from 2 Nov 09:00 −05:00)  outcome as ingested
/// CUST-K1   K1-CALL-1 0                                    repeated → K1-CALL-2, chain K1-CALL-1 #1
/// CUST-K1   K1-CALL-2 2                                    repeated → K1-CALL-3, chain K1-CALL-1 #2
/// CUST-K1   K1-CALL-3 5                                    resolved, chain K1-CALL-1 #3
/// CUST-K1   K1-CALL-4 20                                   resolved, chain K1-CALL-4 #1
/// CUST-K2   K2-CALL-1 0 + 1 h                              repeated → K2-CALL-2, chain K2-CALL-1 #1
/// CUST-K2   K2-CALL-2 3                                    repeated → K2-CALL-3, chain K2-CALL-1 #2
/// CUST-K2   K2-CALL-3 6                                    resolved, chain K2-CALL-1 #3
/// CUST-K9   L9-CALL-1 30                                   pending
/// </code>
/// K1-CALL-2 and K2-CALL-2 each have everything derived: a transcript with two turns and speaker roles, a classification and a
/// supervisor's correction of it (audited on the contact), a speaker-role correction (audited), conversation and audio measures,
/// a QA evaluation with an answer (audited on the evaluation, its after JSON naming the call id), a coaching item flagged by hand
/// (audited on the contact) with a note (audited on the item), and a reject keyed by the call id (a second transcript file).
/// The run that ingested them started at the Unix epoch; a second, later run (day 10) rejected one record, X-LATE.
/// </summary>
internal static class RetentionSeed
{
    public static readonly DateTimeOffset Day0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    public static readonly string[] K1Calls = ["K1-CALL-1", "K1-CALL-2", "K1-CALL-3", "K1-CALL-4"];

    public static readonly DateTimeOffset LaterRunStart = Day0.AddDays(10).ToUniversalTime();

    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run,
        [
            Call("K1-CALL-1", "CUST-K1", Day0),
            Call("K1-CALL-2", "CUST-K1", Day0.AddDays(2)),
            Call("K1-CALL-3", "CUST-K1", Day0.AddDays(5)),
            Call("K1-CALL-4", "CUST-K1", Day0.AddDays(20)),
            Call("K2-CALL-1", "CUST-K2", Day0.AddHours(1)),
            Call("K2-CALL-2", "CUST-K2", Day0.AddDays(3)),
            Call("K2-CALL-3", "CUST-K2", Day0.AddDays(6)),
            Call("L9-CALL-1", "CUST-K9", Day0.AddDays(30)),
        ], default);
        await store.LinkRepeatsAsync(run, new RepeatLinkingOptions(), default);

        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        await DeriveAsync(db, connection, run, "K1-CALL-2", evaluationId: 1);
        await DeriveAsync(db, connection, run, "K2-CALL-2", evaluationId: 2);

        var later = await store.StartRunAsync("/e2", "{}", LaterRunStart, default);
        await store.AddRejectsAsync(later, "/e2", [new RejectedRecord("calls.csv", 7, "X-LATE", "talk_seconds is not a number", "X-LATE,CUST-X,...")], default);
        return db;
    }

    /// <summary>Every row of every table, each as "table: column=value; …" in a stable order.</summary>
    public static async Task<List<string>> SnapshotAsync(TestDatabase db)
    {
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var table in await TablesAsync(connection))
        {
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM {table}"))
            {
                rows.Add(table + ": " + string.Join("; ", row.Select(c => c.Key + "=" + Convert.ToString(c.Value, CultureInfo.InvariantCulture))));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The database's tables (SQLite's catalogue, or the SQL standard's information schema elsewhere).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection) =>
        [.. await connection.QueryAsync<string>(connection is SqliteConnection
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")];

    private static SourcedContact Call(string id, string customer, DateTimeOffset start) => new(new ContactRecord
    {
        CallId = id,
        CustomerId = customer,
        AgentId = "AG1",
        Team = "North",
        StartedAt = start,
        AnsweredAt = start.AddSeconds(10),
        EndedAt = start.AddSeconds(310),
        TalkSeconds = 300,
    }, "calls.csv", 2);

    private static async Task DeriveAsync(TestDatabase db, DbConnection connection, long run, string callId, long evaluationId)
    {
        var args = new { CallId = callId, RunId = run, EvaluationId = evaluationId };
        await connection.ExecuteAsync("""
            INSERT INTO transcripts (call_id, format, source_file, turn_count, content_hash, last_run_id) VALUES (@CallId, 'json', 't.json', 2, 'h', @RunId);
            INSERT INTO transcript_turns (call_id, turn_index, speaker, text, speaker_label) VALUES (@CallId, 0, 'agent', 'Hello', 'spk0');
            INSERT INTO transcript_turns (call_id, turn_index, speaker, text, speaker_label) VALUES (@CallId, 1, 'customer', 'My bill', 'spk1');
            INSERT INTO speaker_roles (call_id, speaker_label, role, method, confidence, evidence) VALUES (@CallId, 'spk0', 'agent', 'rules', 0.9, '[]');
            INSERT INTO speaker_roles (call_id, speaker_label, role, method, confidence, evidence) VALUES (@CallId, 'spk1', 'customer', 'rules', 0.9, '[]');
            INSERT INTO speaker_role_corrections (call_id, speaker_label, role, previous_role, reason, corrected_by, corrected_at)
                VALUES (@CallId, 'spk1', 'customer', 'agent', 'Swapped', 'sue', '2026-11-20T09:00:00.000+00:00');
            INSERT INTO contact_classifications (call_id, intent, intent_confidence, root_cause, root_cause_confidence, evidence, model_version, needs_review, run_id)
                VALUES (@CallId, 'billing_question', 0.9, 'billing', 0.8, '[]', 'test', 0, @RunId);
            INSERT INTO conversation_measures (call_id, sentiment_analyzer, turn_sentiments, dynamics_status, resolution, resolution_confidence, resolution_evidence, run_id)
                VALUES (@CallId, 'test', '[]', 'ok', 'unknown', 0.5, '[]', @RunId);
            INSERT INTO audio_measures (call_id, source_file, codec, encoding, sample_rate, channels, is_stereo, duration_seconds, speech_seconds,
                segments, possible_holds, warnings, compared_with_transcript, disagreement_count, disagreements, content_hash, last_run_id)
                VALUES (@CallId, 'a.wav', 'pcm', 'pcm_s16le', 8000, 2, 1, 310, 250, '[]', '[]', '[]', 1, 0, '[]', 'h', @RunId);
            """, args);
        await ScorecardSeed.InsertEvaluationAsync(connection, evaluationId, callId, "AG1", "submitted", 0.9, 0);
        await connection.ExecuteAsync(
            "INSERT INTO qa_answers (evaluation_id, question_id, answer, points, max_points) VALUES (@EvaluationId, 'greeting', 'yes', 1, 1)", args);

        var evaluationKey = evaluationId.ToString(CultureInfo.InvariantCulture);
        await db.Database.AuditLog.AppendAsync(new AuditEntry(
            At, "quinn", AuditActions.StartQaEvaluation, AuditEntities.QaEvaluation, evaluationKey, null, $$"""{"call_id":"{{callId}}"}""", null), default);
        await db.Database.AuditLog.AppendAsync(new AuditEntry(
            At, "sue", AuditActions.CorrectSpeakerRoles, AuditEntities.Contact, callId, """{"spk1":"agent"}""", """{"spk1":"customer"}""", "Swapped"), default);
        await db.Database.Classifications.AddCorrectionAsync(new ClassificationCorrection(callId, null, "agent", "Wrong fee quoted.", "sue", At), default);

        var flagged = await db.Database.Coaching.FlagAsync(callId, "Listen to the fee explanation.", "coach", At, default);
        await db.Database.Coaching.AddNoteAsync(flagged!.ItemId, "Discussed on Monday.", "coach", At.AddHours(1), default);

        await db.Database.IngestStore.AddRejectsAsync(run, "/e",
            [new RejectedRecord("transcripts/" + callId + "-2.json", null, callId, "a second transcript file for the contact in this run", "{\"call_id\":\"" + callId + "\"}")], default);
    }
}
