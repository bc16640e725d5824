using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Audio;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>Call recordings through the whole ingest: measured, compared with the transcript, stored or rejected.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AudioPipelineTests
{
    private const string Header = CallsCsvReaderTests.Header;

    // Agent (channel 0) 0.5–3.5 s, customer (channel 1) 4.0–6.0 s and 10.0–12.0 s: a 4-second silence 6–10 s.
    private static readonly TestWav Conversation = new()
    {
        DurationSeconds = 13,
        Tones = [new(0, 0.5, 3.5), new(1, 4.0, 6.0, 300), new(1, 10.0, 12.0, 300)],
    };

    private static string Row(string id) =>
        $"{id},CU1,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,300,60,1,45,0,false,resolved";

    private static string Transcript(double customerEnd) => $$"""
        {"turns":[
          {"speaker":"agent","start":0.5,"end":3.5,"text":"thank you for calling how can i help"},
          {"speaker":"customer","start":4.0,"end":6.0,"text":"my bill is wrong"},
          {"speaker":"customer","start":10.0,"end":{{customerEnd}},"text":"hello are you there"}]}
        """;

    private static async Task<IngestRunSummary> IngestAsync(TempExport export)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
        return await pipeline.RunAsync(new IngestRequest { ExportDirectory = export.ExportDirectory }, null, CancellationToken.None);
    }

    private static async Task<List<T>> QueryAsync<T>(TempExport export, string sql)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql)];
    }

    private static string AudioPath(TempExport export, string name)
    {
        var folder = Path.Combine(export.ExportDirectory, ExportLayout.AudioFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [Test]
    public async Task Ingest_GoodBadAndOrphanRecordings_EveryFileStoredOrRejectedWithItsReason()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"), Row("C3"));
        export.WriteTranscript("C1.json", Transcript(customerEnd: 12.0));
        Conversation.WriteTo(AudioPath(export, "C1.wav"));                      // with a matching transcript
        Conversation.WriteTo(AudioPath(export, "C2.wav"));                      // no transcript: measured alone
        File.WriteAllBytes(AudioPath(export, "C3.wav"), Conversation.ToBytes()[..30]); // truncated header
        Conversation.WriteTo(AudioPath(export, "C9.wav"));                      // no such contact
        File.WriteAllText(AudioPath(export, "C2.mp3"), "not audio");            // not a .wav

        var summary = await IngestAsync(export);

        var rows = await QueryAsync<(string CallId, long Compared, long Disagreements, double AgentTalk, double CustomerTalk, double Silence)>(export,
            "SELECT call_id, compared_with_transcript, disagreement_count, agent_talk_seconds, customer_talk_seconds, silence_seconds FROM audio_measures ORDER BY call_id");
        var rejects = await QueryAsync<(string File, string Reason)>(export, "SELECT file, reason FROM rejects WHERE file LIKE 'audio/%' ORDER BY file");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.Audio.Read, summary.Audio.Inserted, summary.Audio.Rejected), Is.EqualTo((5L, 2L, 3L)));
            Assert.That(summary.Audio.Read, Is.EqualTo(summary.Audio.Stored + summary.Audio.Rejected));
            Assert.That(rows.Select(r => (r.CallId, r.Compared, r.Disagreements)), Is.EqualTo(new[] { ("C1", 1L, 0L), ("C2", 0L, 0L) }));
            Assert.That(rows[0].AgentTalk, Is.EqualTo(3.0).Within(0.15));
            Assert.That(rows[0].CustomerTalk, Is.EqualTo(4.0).Within(0.3));
            Assert.That(rows[0].Silence, Is.EqualTo(4.0).Within(0.3));
            Assert.That(rejects.Select(r => r.File), Is.EqualTo(new[] { "audio/C2.mp3", "audio/C3.wav", "audio/C9.wav" }));
            Assert.That(rejects[0].Reason, Does.Contain("expected .wav"));
            Assert.That(rejects[1].Reason, Does.Contain("file is 30 bytes"));
            Assert.That(rejects[2].Reason, Does.Contain("no contact 'C9'"));
            Assert.That(summary.Transcripts.Inserted, Is.EqualTo(1), "a bad recording never costs the transcripts");
        }
    }

    [Test]
    public async Task Ingest_TranscriptLosesTheLastTurnsEnd_DisagreementStoredWithExplanation()
    {
        // The transcript says the customer's second turn ran to 40 s; the recording has 12 s of speech in 13 s.
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"));
        export.WriteTranscript("C1.json", Transcript(customerEnd: 40.0));
        Conversation.WriteTo(AudioPath(export, "C1.wav"));

        await IngestAsync(export);

        var json = (await QueryAsync<string>(export, "SELECT disagreements FROM audio_measures WHERE call_id = 'C1'")).Single();
        using var document = JsonDocument.Parse(json);
        var metrics = document.RootElement.EnumerateArray().Select(d => d.GetProperty("metric").GetString()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics, Does.Contain("CustomerTalkSeconds"));
            Assert.That(metrics, Does.Contain("DurationSeconds"));
            Assert.That(document.RootElement[0].GetProperty("explanation").GetString(), Is.Not.Empty);
            Assert.That((await QueryAsync<long>(export, "SELECT disagreement_count FROM audio_measures")).Single(), Is.EqualTo(metrics.Count));
        }
    }

    [Test]
    public async Task Ingest_Rerun_RecordingsUnchangedNeverDuplicated()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"));
        export.WriteTranscript("C1.json", Transcript(customerEnd: 12.0));
        Conversation.WriteTo(AudioPath(export, "C1.wav"));
        Conversation.WriteTo(AudioPath(export, "C2.wav"));

        await IngestAsync(export);
        var second = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((second.Audio.Read, second.Audio.Unchanged, second.Audio.Inserted, second.Audio.Updated), Is.EqualTo((2L, 2L, 0L, 0L)));
            Assert.That((await QueryAsync<long>(export, "SELECT COUNT(*) FROM audio_measures")).Single(), Is.EqualTo(2));
            Assert.That((await QueryAsync<long>(export, "SELECT audio_read FROM ingest_runs ORDER BY run_id DESC LIMIT 1")).Single(), Is.EqualTo(2));
        }
    }
}
