using System.Text.Json;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Qa;

namespace InteractionAnalytics.Storage.Tests.Qa;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class QaStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    // greet 2 (auto greeting), reason 3, id 5 (critical, N/A allowed, auto identity verification), close 10 (auto closing).
    private static readonly QaForm Form = QaForm.Parse("""
        {"id":"f1","version":"2","title":"Form one","sections":[
          {"id":"open","title":"Opening","questions":[
            {"id":"greet","text":"Greeted","weight":2,"auto":"greeting"},
            {"id":"reason","text":"Reason","weight":3}]},
          {"id":"verify","title":"Verification","questions":[
            {"id":"id","text":"Verified","weight":5,"critical":true,"allow_na":true,"auto":"identity_verification"}]},
          {"id":"end","title":"Closing","questions":[
            {"id":"close","text":"Closed","weight":10,"auto":"closing"}]}]}
        """);

    private static readonly QaAutoAnswerer Answerer = QaAutoAnswerer.Parse("""
        {"version":1,"rules":[
          {"id":"g","root_cause":"greeting","pattern":"hello","weight":1},
          {"id":"i","root_cause":"identity_verification","pattern":"date of birth","weight":1},
          {"id":"c","root_cause":"closing","pattern":"goodbye","weight":1}]}
        """);

    // Q1 (A1): a transcript with a greeting and a closing but no identity check. Q2 (A2): no transcript. Q3 (A1): a transcript.
    private static async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run, [Contacts.Handled("Q1", agent: "A1"), Contacts.Handled("Q2", agent: "A2"), Contacts.Handled("Q3", agent: "A1")], default);
        await store.UpsertTranscriptsAsync(run,
        [
            Transcript("Q1", new Turn(Speaker.Agent, 0, 2, "Hello, this is Sam"), new Turn(Speaker.Customer, 3, 5, "hi, my card"),
                new Turn(Speaker.Agent, 6, 8, "Fixed it. Goodbye")),
            Transcript("Q3", new Turn(Speaker.Agent, 0, 2, "Hello"), new Turn(Speaker.Agent, 3, 4, "your date of birth?"), new Turn(Speaker.Agent, 5, 6, "goodbye")),
        ], default);
        return db;
    }

    private static SourcedTranscript Transcript(string callId, params Turn[] turns) =>
        new(new Transcript(callId, "en", turns), $"transcripts/{callId}.json", "json");

    private static Dictionary<string, QaAnswerInput> Inputs(params (string Id, QaAnswer? Answer, string? Comment)[] inputs) =>
        inputs.ToDictionary(i => i.Id, i => new QaAnswerInput(i.Answer, i.Comment), StringComparer.Ordinal);

    [Test]
    public async Task Start_WithTranscript_AutomaticAnswersAndEvidenceStored()
    {
        await using var db = await SeedAsync(provider);

        var id = await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default);
        var evaluation = await db.Database.Qa.GetAsync(id!.Value, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(evaluation!.Status, Is.EqualTo(QaStatuses.Draft));
            Assert.That((evaluation.CallId, evaluation.AgentId, evaluation.Evaluator, evaluation.CreatedAt), Is.EqualTo(("Q1", "A1", "quinn", At)));
            Assert.That(evaluation.Form.ToJson(), Is.EqualTo(Form.ToJson()), "the form snapshot");
            Assert.That(evaluation.Score, Is.Null);
            var greet = evaluation.AnswerTo("greet")!;
            Assert.That((greet.Answer, greet.AutoAnswer, greet.Adjusted, greet.Points, greet.MaxPoints), Is.EqualTo(((QaAnswer?)QaAnswer.Yes, (QaAnswer?)QaAnswer.Yes, false, 2.0, 2.0)));
            Assert.That(greet.AutoEvidence, Is.EqualTo(new QaEvidence("g", 0, 0, 5, "Hello")));
            var verified = evaluation.AnswerTo("id")!;
            Assert.That((verified.Answer, verified.AutoEvidence, verified.Points, verified.MaxPoints), Is.EqualTo(((QaAnswer?)QaAnswer.No, (QaEvidence?)null, 0.0, 5.0)));
            Assert.That(evaluation.AnswerTo("close")!.AutoEvidence, Is.EqualTo(new QaEvidence("c", 2, 10, 17, "Goodbye")));
            Assert.That(evaluation.AnswerTo("reason")!.Answer, Is.Null, "no automatic item: left to the analyst");
        }
    }

    [Test]
    public async Task Start_NoTranscript_NothingAnsweredAutomatically()
    {
        await using var db = await SeedAsync(provider);

        var id = await db.Database.Qa.StartAsync("Q2", Form, Answerer, "quinn", At, default);
        var evaluation = await db.Database.Qa.GetAsync(id!.Value, default);

        Assert.That(evaluation!.Answers.Select(a => (a.Answer, a.AutoAnswer)), Is.All.EqualTo(((QaAnswer?)null, (QaAnswer?)null)));
    }

    [Test]
    public async Task Start_UnknownContact_Null()
    {
        await using var db = await SeedAsync(provider);

        Assert.That(await db.Database.Qa.StartAsync("nope", Form, Answerer, "quinn", At, default), Is.Null);
        Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log"), Is.Zero);
    }

    [Test]
    public async Task Save_AdjustsAnswerAndAuditsBeforeAfter()
    {
        await using var db = await SeedAsync(provider);
        var id = (await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;

        var result = await db.Database.Qa.SaveAsync(id, Inputs(("id", QaAnswer.NotApplicable, "no account touched"), ("reason", QaAnswer.Yes, null)),
            "looks fine", "quinn", At.AddMinutes(5), default);
        var evaluation = (await db.Database.Qa.GetAsync(id, default))!;
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.QaEvaluation, id.ToString(System.Globalization.CultureInfo.InvariantCulture), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(QaChangeResult.Done));
            var verified = evaluation.AnswerTo("id")!;
            Assert.That((verified.Answer, verified.AutoAnswer, verified.Adjusted, verified.Points, verified.MaxPoints, verified.Comment),
                Is.EqualTo(((QaAnswer?)QaAnswer.NotApplicable, (QaAnswer?)QaAnswer.No, true, 0.0, 0.0, "no account touched")));
            Assert.That(evaluation.AnswerTo("reason")!.Adjusted, Is.False, "not an automatic question");
            Assert.That(evaluation.Comment, Is.EqualTo("looks fine"));
            Assert.That(evaluation.Status, Is.EqualTo(QaStatuses.Draft));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.StartQaEvaluation, AuditActions.SaveQaEvaluation }));
            Assert.That(audit[0].AfterJson, Does.Contain("\"call_id\":\"Q1\"").And.Contain("\"greet\":\"yes\"").And.Contain("\"id\":\"no\""));
            Assert.That(audit[1].UserName, Is.EqualTo("quinn"));
            Assert.That(audit[1].At, Is.EqualTo(At.AddMinutes(5)));
            Assert.That(Flat(audit[1].BeforeJson), Is.EqualTo(new Dictionary<string, string?> { ["reason"] = null, ["id"] = "no", ["id.comment"] = null, ["comment"] = null }));
            Assert.That(Flat(audit[1].AfterJson), Is.EqualTo(new Dictionary<string, string?> { ["reason"] = "yes", ["id"] = "n_a", ["id.comment"] = "no account touched", ["comment"] = "looks fine" }));
            Assert.That(audit[1].Reason, Is.EqualTo("looks fine"));
        }
    }

    [Test]
    public async Task Save_CommentWithoutAnswer_Rejected()
    {
        await using var db = await SeedAsync(provider);
        var id = (await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;

        await Assert.ThrowsAsync<ArgumentException>(() => db.Database.Qa.SaveAsync(id, Inputs(("reason", null, "why?")), null, "quinn", At, default));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Database.Qa.SaveAsync(id, Inputs(("greet", QaAnswer.NotApplicable, null)), null, "quinn", At, default));
    }

    [Test]
    public async Task Submit_ScoresByHandAndIsFinal()
    {
        await using var db = await SeedAsync(provider);
        var id = (await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;

        // greet yes 2/2, reason no 0/3, id N/A 0/0, close yes 10/10: 12 of 15 = 0.8.
        var (result, score) = await db.Database.Qa.SubmitAsync(id, Inputs(("reason", QaAnswer.No, "missed it"), ("id", QaAnswer.NotApplicable, null)),
            "ok", "quinn", At.AddHours(1), default);
        var evaluation = (await db.Database.Qa.GetAsync(id, default))!;
        var again = await db.Database.Qa.SaveAsync(id, Inputs(("reason", QaAnswer.Yes, null)), null, "quinn", At.AddHours(2), default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.QaEvaluation, id.ToString(System.Globalization.CultureInfo.InvariantCulture), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(QaChangeResult.Done));
            Assert.That(score, Is.EqualTo(new QaScore(12, 15, 0.8, false, 0.8)));
            Assert.That((evaluation.Status, evaluation.Score, evaluation.RawScore, evaluation.CriticalFailed, evaluation.SubmittedAt),
                Is.EqualTo((QaStatuses.Submitted, (double?)0.8, (double?)0.8, false, (DateTimeOffset?)At.AddHours(1))));
            Assert.That(await db.ScalarAsync<string>($"SELECT submitted_at FROM qa_evaluations WHERE evaluation_id = {id}"), Is.EqualTo("2026-11-21T09:30:00.000+00:00"));
            Assert.That(again, Is.EqualTo(QaChangeResult.AlreadySubmitted));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.StartQaEvaluation, AuditActions.SubmitQaEvaluation }));
            Assert.That(Flat(audit[1].AfterJson)["status"], Is.EqualTo("submitted"));
            Assert.That(Flat(audit[1].AfterJson)["score"], Is.EqualTo("0.8"));
            Assert.That(Flat(audit[1].BeforeJson)["status"], Is.EqualTo("draft"));
        }
    }

    [Test]
    public async Task Submit_CriticalNo_ScoreZeroRawKept()
    {
        await using var db = await SeedAsync(provider);
        var id = (await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;

        // id stays the automatic "no": raw (2 + 3 + 10) / 20 = 0.75, final 0.
        var (_, score) = await db.Database.Qa.SubmitAsync(id, Inputs(("reason", QaAnswer.Yes, null)), null, "quinn", At, default);
        var row = await db.QueryAsync<(double Score, double RawScore, long CriticalFailed)>(
            $"SELECT score, raw_score, critical_failed FROM qa_evaluations WHERE evaluation_id = {id}");

        Assert.That(score, Is.EqualTo(new QaScore(15, 20, 0.75, true, 0.0)));
        Assert.That(row.Single(), Is.EqualTo((0.0, 0.75, 1L)));
    }

    [Test]
    public async Task Submit_Unanswered_IncompleteAndNothingStored()
    {
        await using var db = await SeedAsync(provider);
        var id = (await db.Database.Qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;

        var (result, score) = await db.Database.Qa.SubmitAsync(id, Inputs(("id", QaAnswer.Yes, null)), null, "quinn", At, default);
        var evaluation = (await db.Database.Qa.GetAsync(id, default))!;

        Assert.That((result, score), Is.EqualTo((QaChangeResult.Incomplete, (QaScore?)null)));
        Assert.That((evaluation.Status, evaluation.AnswerTo("id")!.Answer), Is.EqualTo((QaStatuses.Draft, (QaAnswer?)QaAnswer.No)), "rolled back");
        Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log"), Is.EqualTo(1));
    }

    [Test]
    public async Task ListAndRollup_PerContactFiltersAndPerAgent()
    {
        await using var db = await SeedAsync(provider);
        var qa = db.Database.Qa;
        var all = Inputs(("greet", QaAnswer.Yes, null), ("reason", QaAnswer.Yes, null), ("id", QaAnswer.Yes, null), ("close", QaAnswer.Yes, null));
        var first = (await qa.StartAsync("Q1", Form, Answerer, "quinn", At, default))!.Value;
        await qa.SubmitAsync(first, all, null, "quinn", At, default);                                                          // A1: 1.0
        var second = (await qa.StartAsync("Q3", Form, Answerer, "quinn", At.AddDays(1), default))!.Value;
        await qa.SubmitAsync(second, Inputs(("reason", QaAnswer.No, null), ("id", QaAnswer.No, null)), null, "quinn", At.AddDays(1), default); // A1: critical fail, 0
        var third = (await qa.StartAsync("Q2", Form, Answerer, "sue", At.AddDays(2), default))!.Value;                        // A2: draft
        var fourth = (await qa.StartAsync("Q1", Form, Answerer, "quinn", At.AddDays(3), default))!.Value;                      // Q1 again: draft

        var forQ1 = await qa.ListForContactAsync("Q1", submittedOnly: false, default);
        var forQ1Submitted = await qa.ListForContactAsync("Q1", submittedOnly: true, default);
        var drafts = await qa.ListAsync(new QaEvaluationQuery { Status = QaStatuses.Draft }, default);
        var a1 = await qa.ListAsync(new QaEvaluationQuery { AgentId = "A1" }, default);
        var day = await qa.ListAsync(new QaEvaluationQuery { From = new DateOnly(2026, 11, 22), To = new DateOnly(2026, 11, 23) }, default);
        var paged = await qa.ListAsync(new QaEvaluationQuery { Page = 2, PageSize = 3 }, default);
        var rollup = await qa.RollupByAgentAsync(default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(forQ1.Select(e => e.EvaluationId), Is.EqualTo(new[] { fourth, first }), "newest first, a second evaluation allowed");
            Assert.That(forQ1Submitted.Select(e => e.EvaluationId), Is.EqualTo(new[] { first }));
            Assert.That(drafts.Items.Select(e => e.EvaluationId), Is.EqualTo(new[] { fourth, third }));
            Assert.That(a1.Items.Select(e => e.EvaluationId), Is.EqualTo(new[] { fourth, second, first }));
            Assert.That(day.Items.Select(e => e.EvaluationId), Is.EqualTo(new[] { third, second }));
            Assert.That((paged.Total, paged.PageCount, paged.Items.Select(e => e.EvaluationId)), Is.EqualTo((4L, 2, new[] { first })));
            Assert.That(rollup, Is.EqualTo(new[] { new QaAgentRollup("A1", 2, 2, 0.5, 1, At.AddDays(1)) }), "A1: mean of 1.0 and 0; A2 has only a draft");
        }
    }

    private static Dictionary<string, string?> Flat(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(json!)!;
}
