using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>Vendor transcripts through the whole ingest: detection, roles (inferred, configured, corrected), storage.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SpeakerRolePipelineTests
{
    private const string Header = CallsCsvReaderTests.Header;

    // Azure Speech batch output of a stereo call: channel 0 is the customer here, channel 1 the agent.
    private const string AzureStereo = """
        {
          "source": "https://example.blob.core.windows.net/calls/C1.wav",
          "durationInTicks": 120000000,
          "recognizedPhrases": [
            { "recognitionStatus": "Success", "channel": 1, "offsetInTicks": 5000000, "durationInTicks": 30000000,
              "nBest": [ { "display": "Thank you for calling Acme, how can I help you today?" } ] },
            { "recognitionStatus": "Success", "channel": 0, "offsetInTicks": 40000000, "durationInTicks": 25000000,
              "nBest": [ { "display": "Hi, I'm calling about my bill, I was charged twice." } ] },
            { "recognitionStatus": "Success", "channel": 1, "offsetInTicks": 70000000, "durationInTicks": 40000000,
              "nBest": [ { "display": "Can you please confirm your date of birth?" } ] }
          ]
        }
        """;

    private static string Row(string id) =>
        $"{id},CU1,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,300,60,1,45,0,false,resolved";

    private static readonly SpeakerRoleAssigner Cues = new(SpeakerRoleAssigner.ParseCues("""
        { "version": 1, "rules": [
          { "id": "agent.greet", "root_cause": "agent", "pattern": "thank you for calling", "weight": 2.0, "examples": ["thank you for calling"] },
          { "id": "customer.reason", "root_cause": "customer", "pattern": "calling about", "weight": 2.0, "examples": ["calling about"] } ] }
        """));

    private static async Task<IngestRunSummary> IngestAsync(TempExport export, SpeakerRoleMap? map = null)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
        return await pipeline.RunAsync(
            new IngestRequest { ExportDirectory = export.ExportDirectory, SpeakerRoles = Cues, SpeakerRoleMap = map ?? SpeakerRoleMap.Empty },
            null,
            CancellationToken.None);
    }

    private static async Task<List<T>> QueryAsync<T>(TempExport export, string sql)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql)];
    }

    [Test]
    public async Task Ingest_AzureStereo_RolesInferredFromCuesAndStoredWithLabels()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"));
        export.WriteTranscript("C1.json", AzureStereo);

        var summary = await IngestAsync(export);

        // ch_1: greet 2 + talk share 0.5 (18 words vs 10) = 2.5; ch_0: −2. Margin 4.5.
        var confidence = 1 / (1 + Math.Exp(-1.5 * 4.5));
        var turns = await QueryAsync<(string Speaker, string Label, double Start)>(export,
            "SELECT speaker, speaker_label, start_seconds FROM transcript_turns WHERE call_id = 'C1' ORDER BY turn_index");
        var roles = await QueryAsync<(string Label, string Role, string Method, double Confidence, string Evidence)>(export,
            "SELECT speaker_label, role, method, confidence, evidence FROM speaker_roles WHERE call_id = 'C1' ORDER BY speaker_label");
        var header = await QueryAsync<(string Format, double RoleConfidence, long NeedsReview)>(export,
            "SELECT format, role_confidence, roles_need_review FROM transcripts WHERE call_id = 'C1'");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Transcripts.Inserted, Is.EqualTo(1));
            Assert.That(turns, Is.EqualTo(new[] { ("agent", "ch_1", 0.5), ("customer", "ch_0", 4.0), ("agent", "ch_1", 7.0) }));
            Assert.That(roles.Select(r => (r.Label, r.Role, r.Method)), Is.EqualTo(new[] { ("ch_0", "customer", "inferred"), ("ch_1", "agent", "inferred") }));
            Assert.That(roles[1].Confidence, Is.EqualTo(confidence).Within(1e-9));
            Assert.That(JsonSerializer.Deserialize<string[]>(roles[1].Evidence), Does.Contain("agent.greet: \"Thank you for calling\""));
            Assert.That(header.Single().Format, Is.EqualTo("azure-speech"));
            Assert.That(header.Single().RoleConfidence, Is.EqualTo(confidence).Within(1e-9));
            Assert.That(header.Single().NeedsReview, Is.Zero);
        }
    }

    [Test]
    public async Task Ingest_ConfiguredMap_WinsOverCues()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"));
        export.WriteTranscript("C1.json", AzureStereo);

        await IngestAsync(export, SpeakerRoleMap.Parse("ch_0=agent,ch_1=customer"));

        var roles = await QueryAsync<(string Label, string Role, string Method, double Confidence)>(export,
            "SELECT speaker_label, role, method, confidence FROM speaker_roles WHERE call_id = 'C1' ORDER BY speaker_label");
        Assert.That(roles, Is.EqualTo(new[] { ("ch_0", "agent", "configured", 1.0), ("ch_1", "customer", "configured", 1.0) }));
    }

    [Test]
    public async Task Ingest_SupervisorCorrection_AppliedOnRerunAndTurnsRewritten()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"));
        export.WriteTranscript("C1.json", AzureStereo);
        await IngestAsync(export);

        // As the web app will write it: the supervisor says ch_1 is the customer and ch_0 the agent.
        await QueryAsync<int>(export, """
            INSERT INTO speaker_role_corrections (call_id, speaker_label, role, previous_role, reason, corrected_by, corrected_at)
            VALUES ('C1', 'ch_1', 'customer', 'agent', 'listened to the call', 'sup1', '2026-11-18T08:00:00Z'),
                   ('C1', 'ch_0', 'customer', 'customer', 'first try', 'sup1', '2026-11-18T08:00:00Z'),
                   ('C1', 'ch_0', 'agent', 'customer', 'second thought', 'sup1', '2026-11-18T08:01:00Z');
            """);
        var rerun = await IngestAsync(export);

        var roles = await QueryAsync<(string Label, string Role, string Method)>(export,
            "SELECT speaker_label, role, method FROM speaker_roles WHERE call_id = 'C1' ORDER BY speaker_label");
        var speakers = await QueryAsync<string>(export, "SELECT speaker FROM transcript_turns WHERE call_id = 'C1' ORDER BY turn_index");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rerun.Transcripts.Updated, Is.EqualTo(1), "the roles changed, so the stored turns are rewritten");
            Assert.That(roles, Is.EqualTo(new[] { ("ch_0", "agent", "corrected"), ("ch_1", "customer", "corrected") }), "the latest correction per label wins");
            Assert.That(speakers, Is.EqualTo(new[] { "customer", "agent", "customer" }));
        }
    }

    [Test]
    public async Task Ingest_VendorTimesGoBackwards_RejectedAndTheRestContinues()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"));
        export.WriteTranscript("C1.json", """
            { "results": { "language_code": "en-US", "transcripts": [ { "transcript": "hello there hi" } ], "items": [
              { "type": "pronunciation", "start_time": "5.0", "end_time": "5.4", "speaker_label": "spk_0", "alternatives": [ { "content": "hello" } ] },
              { "type": "pronunciation", "start_time": "4.0", "end_time": "4.4", "speaker_label": "spk_0", "alternatives": [ { "content": "there" } ] } ] } }
            """);
        export.WriteTranscript("C2.txt", "Agent: Hello\nCustomer: Hi");

        var summary = await IngestAsync(export);

        var reasons = await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'transcripts/C1.json'");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.Transcripts.Read, summary.Transcripts.Inserted, summary.Transcripts.Rejected), Is.EqualTo((2L, 1L, 1L)));
            Assert.That(reasons.Single(), Does.Contain("times go backwards"));
        }
    }
}
