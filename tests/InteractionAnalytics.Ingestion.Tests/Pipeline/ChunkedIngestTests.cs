using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>
/// The chunks of a distributed ingest (docs/distributed.md), run here in one process against SQLite: every record of the
/// export belongs to exactly one chunk, and the chunks together, in any order, store what one run stores.
/// </summary>
public sealed class ChunkedIngestTests
{
    private const string Header = CallsCsvReaderTests.Header;

    private static string Row(string id) =>
        $"{id},CU{id},A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,300,60,1,45,0,false,resolved";

    private static TempExport Export()
    {
        var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"), "SHORT,CU1,A1", Row("C3"), Row("C5"), Row("C5"), Row("C4"), Row("C6"));
        foreach (var id in new[] { "C1", "C4", "C6" })
        {
            export.WriteTranscript($"{id}.txt", "Agent: Hello\nCustomer: Hi");
        }

        export.WriteTranscript("NOBODY.txt", "Agent: nobody called");
        return export;
    }

    [Test]
    public void PlanChunks_SplitsRecordsNotLines_FirstChunkFromTheHeaderLastToTheEnd()
    {
        using var export = Export();
        var chunks = IngestPipeline.PlanChunks(new IngestRequest { ExportDirectory = export.ExportDirectory }, 3);

        Assert.That(chunks, Is.EqualTo(new[]
        {
            new IngestChunkRange(1, 0, 4),
            new IngestChunkRange(2, 5, 7),
            new IngestChunkRange(3, 8, long.MaxValue),
        }));
    }

    [Test]
    public async Task ChunksInReverseOrderThenPostPass_StoreWhatOneRunStores()
    {
        using var single = Export();
        using var chunked = Export();
        var request = new IngestRequest { ExportDirectory = chunked.ExportDirectory };

        IngestRunSummary expected;
        await using (var db = await InteractionDatabase.OpenAsync(single.DatabasePath, new FakeTimeProvider(), CancellationToken.None))
        {
            expected = await new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance)
                .RunAsync(request with { ExportDirectory = single.ExportDirectory }, null, CancellationToken.None);
        }

        await using (var db = await InteractionDatabase.OpenAsync(chunked.DatabasePath, new FakeTimeProvider(), CancellationToken.None))
        {
            var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
            var runId = await pipeline.StartChunkedRunAsync(request, CancellationToken.None);
            var lines = IngestPipeline.ReadCallLines(request);
            var parts = new List<IngestRunSummary>();
            foreach (var chunk in IngestPipeline.PlanChunks(request, 3).Reverse())
            {
                parts.Add(await pipeline.RunChunkAsync(request, runId, new IngestChunkScope(chunk.FirstLine, chunk.LastLine, chunk.Number == 1, lines), CancellationToken.None));
            }

            IngestCounts Sum(Func<IngestRunSummary, IngestCounts> kind) => new()
            {
                Read = parts.Sum(p => kind(p).Read),
                Inserted = parts.Sum(p => kind(p).Inserted),
                Updated = parts.Sum(p => kind(p).Updated),
                Unchanged = parts.Sum(p => kind(p).Unchanged),
                Rejected = parts.Sum(p => kind(p).Rejected),
            };
            var totals = parts[0] with { Contacts = Sum(p => p.Contacts), Transcripts = Sum(p => p.Transcripts), Audio = Sum(p => p.Audio) };
            var actual = await pipeline.FinishChunkedRunAsync(request, totals, CancellationToken.None);

            await using var connection = await db.DataSource.OpenConnectionAsync();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(actual.Status, Is.EqualTo(IngestRunStatus.Completed));
                Assert.That(actual.Contacts, Is.EqualTo(expected.Contacts));
                Assert.That(actual.Transcripts, Is.EqualTo(expected.Transcripts));
                Assert.That(actual.Contacts.Read, Is.EqualTo(8), "7 rows and the short one: each read by one chunk only");
                Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM contacts"), Is.EqualTo(6));
                Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM transcripts"), Is.EqualTo(3));
                Assert.That(
                    (await connection.QueryAsync<string>("SELECT reason FROM rejects ORDER BY file, line")).ToList(),
                    Has.Count.EqualTo(3).And.Some.StartsWith("duplicate call_id 'C5'").And.Some.StartsWith("no contact 'NOBODY'"),
                    "the short row, the second C5 (same chunk), the transcript of nobody (chunk 1's)");
                Assert.That(await connection.ExecuteScalarAsync<string>("SELECT status FROM ingest_runs"), Is.EqualTo("completed"));
                Assert.That(await connection.ExecuteScalarAsync<long>("SELECT source_line FROM contacts WHERE call_id = 'C5'"), Is.EqualTo(6), "the first of the two C5 rows is kept");
            }
        }
    }
}
