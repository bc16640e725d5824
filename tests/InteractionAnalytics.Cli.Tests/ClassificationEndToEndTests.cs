using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

public sealed class ClassificationEndToEndTests
{
    [Test]
    public async Task Ingest_SampleExport_ClassifiesEveryTranscriptWithValidEvidence()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);

        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var transcripts = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM transcripts");
        var rows = (await connection.QueryAsync<(string CallId, string Intent, double IntentConfidence, string RootCause, double RootCauseConfidence, string Evidence, string ModelVersion)>(
            "SELECT call_id, intent, intent_confidence, root_cause, root_cause_confidence, evidence, model_version FROM contact_classifications")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Error, Does.Contain("Classifying with model m-"));
            Assert.That(rows, Has.Count.EqualTo(transcripts).And.Count.GreaterThan(0));
            Assert.That(rows.Select(r => r.ModelVersion).Distinct().Count(), Is.EqualTo(1));
            Assert.That(rows.All(r => r.IntentConfidence is >= 0 and <= 1 && r.RootCauseConfidence is >= 0 and <= 1), Is.True);
        }

        // Every evidence phrase is exactly the text at its offsets in its turn.
        var checkedPhrases = 0;
        foreach (var row in rows.Take(60))
        {
            var turns = (await connection.QueryAsync<string>(
                "SELECT text FROM transcript_turns WHERE call_id = @CallId ORDER BY turn_index", new { row.CallId })).ToList();
            foreach (var e in EvidenceJson.Deserialize(row.Evidence))
            {
                Assert.That(turns[e.Turn][e.Start..e.End], Is.EqualTo(e.Text), $"{row.CallId} evidence {e.Source}");
                checkedPhrases++;
            }
        }

        Assert.That(checkedPhrases, Is.GreaterThan(60));
    }

    [Test]
    public async Task Report_ByIntentAndRootCause_GroupsAddUpToTotalAndCorrectionsWin()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        string callId;
        await using (var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None))
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            callId = await connection.ExecuteScalarAsync<string>("SELECT call_id FROM contact_classifications ORDER BY call_id LIMIT 1") ?? "";
            var added = await database.Classifications.AddCorrectionAsync(
                new ClassificationCorrection(callId, "claim", "agent", "test correction", "tester", DateTimeOffset.UnixEpoch), CancellationToken.None);
            Assert.That(added, Is.True);
        }

        var byIntent = await CliRun.RunAsync("report", "--db", temp.Database, "--by", "intent", "--format", "json");
        var byCause = await CliRun.RunAsync("report", "--db", temp.Database, "--by", "root_cause", "--format", "json");

        using var intent = JsonDocument.Parse(byIntent.Output);
        using var cause = JsonDocument.Parse(byCause.Output);
        var total = intent.RootElement.GetProperty("total").GetProperty("contacts").GetInt64();
        var intentGroups = intent.RootElement.GetProperty("groups").EnumerateArray().ToList();
        var causeGroups = cause.RootElement.GetProperty("groups").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byIntent.ExitCode, Is.Zero, byIntent.ToString());
            Assert.That(intentGroups.Sum(g => g.GetProperty("contacts").GetInt64()), Is.EqualTo(total));
            Assert.That(causeGroups.Sum(g => g.GetProperty("contacts").GetInt64()), Is.EqualTo(total));
            Assert.That(intentGroups.Select(g => g.GetProperty("key").GetString()), Does.Contain("claim"));
            Assert.That(causeGroups.Select(g => g.GetProperty("key").GetString()), Does.Contain("agent"));
        }
    }

    [Test]
    public async Task Corrections_LatestWinsPreviousIsAuditedAndCorrectedContactsLeaveTheQueue()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database, "--review-threshold", "1");
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        var store = database.Classifications;
        var queue = await store.GetReviewQueueAsync(1000, CancellationToken.None);
        var callId = queue[0];
        var model = (await store.GetAsync(callId, CancellationToken.None))!.Classification;

        var first = await store.AddCorrectionAsync(new ClassificationCorrection(callId, "claim", null, "wrong intent", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await store.AddCorrectionAsync(new ClassificationCorrection(callId, null, "agent", "rep promised a callback", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await store.AddCorrectionAsync(new ClassificationCorrection(callId, "refund", null, "asked for money back", "bo", DateTimeOffset.UnixEpoch), CancellationToken.None);
        var unknown = await store.AddCorrectionAsync(new ClassificationCorrection("no-such-call", "claim", null, "x", "ana", DateTimeOffset.UnixEpoch), CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var audit = (await connection.QueryAsync<(string? PreviousIntent, string? PreviousRootCause)>(
            "SELECT previous_intent, previous_root_cause FROM classification_corrections WHERE call_id = @CallId ORDER BY correction_id", new { CallId = callId })).ToList();
        var corrected = await store.GetCorrectedContactsAsync(CancellationToken.None);
        var queueAfter = await store.GetReviewQueueAsync(1000, CancellationToken.None);
        var transcripts = Directory.GetFiles(Path.Combine(RepositoryPaths.NightlySample, "transcripts")).Length;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(queue, Has.Count.EqualTo(transcripts), "threshold 1 flags every classified contact");
            Assert.That(first, Is.True);
            Assert.That(unknown, Is.False);
            Assert.That(audit, Is.EqualTo(new (string?, string?)[] { (model.Intent, null), (null, model.RootCause), ("claim", null) }));
            Assert.That(corrected.Select(c => (c.CallId, c.Intent, c.RootCause)), Is.EqualTo(new[] { (callId, (string?)"refund", (string?)"agent") }));
            Assert.That(corrected[0].Turns, Is.Not.Empty);
            Assert.That(queueAfter, Has.Count.EqualTo(transcripts - 1).And.Not.Contain(callId));
        }
    }

    [Test]
    public async Task Classify_JsonLines_ClassifiesGoodLinesAndReportsBadOnes()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("in.jsonl");
        var output = temp.Combine("out.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "a", "text": "hi i was charged twice for my order and i want that fixed"}""",
            """{"id": 2, "turns": [{"speaker": "agent", "text": "thanks for calling"}, {"speaker": "customer", "text": "i've been on hold for forty five minutes and i forgot my password"}]}""",
            "not json",
            """{"id": "c", "turns": [{"speaker": "robot", "text": "x"}]}""",
        ]);

        var run = await CliRun.RunAsync("classify", "--input", input, "--output", output);

        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
            Assert.That(lines, Has.Count.EqualTo(4));
            Assert.That(lines[0].GetProperty("id").GetString(), Is.EqualTo("a"));
            Assert.That(lines[0].GetProperty("intent").GetString(), Is.EqualTo("billing_dispute"));
            Assert.That(lines[0].GetProperty("root_cause").GetString(), Is.EqualTo("billing"));
            Assert.That(lines[1].GetProperty("id").GetString(), Is.EqualTo("2"));
            Assert.That(lines[1].GetProperty("intent").GetString(), Is.EqualTo("account_access"));
            Assert.That(lines[1].GetProperty("root_cause").GetString(), Is.EqualTo("ivr"));
            Assert.That(lines[2].GetProperty("line").GetInt32(), Is.EqualTo(3));
            Assert.That(lines[3].GetProperty("error").GetString(), Does.Contain("speaker"));
            Assert.That(run.Error, Does.Contain("line 3:"));
        }

        foreach (var e in lines[0].GetProperty("evidence").EnumerateArray())
        {
            var text = "hi i was charged twice for my order and i want that fixed";
            Assert.That(text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], Is.EqualTo(e.GetProperty("text").GetString()));
        }
    }

    [Test]
    public async Task Classify_MissingModelFile_ExitsOneWithMessage()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("classify", "--model", temp.Combine("nope.iamodel"), "--input", temp.Combine("x.jsonl"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("nope.iamodel"));
        }
    }
}
