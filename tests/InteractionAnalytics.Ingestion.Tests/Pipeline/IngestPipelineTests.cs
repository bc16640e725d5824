using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

public sealed class IngestPipelineTests
{
    private const string Header = CallsCsvReaderTests.Header;

    private static string Row(string id, string customer = "CU1", string talk = "300", string ended = "2026-11-17T09:07:00-05:00") =>
        $"{id},{customer},A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,{ended},20,40,{talk},60,1,45,0,false,resolved";

    private static async Task<IngestRunSummary> IngestAsync(TempExport export, int batchSize = 500)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
        return await pipeline.RunAsync(new IngestRequest { ExportDirectory = export.ExportDirectory, BatchSize = batchSize, TranscriptBatchSize = batchSize }, null, CancellationToken.None);
    }

    private static async Task<T> QueryAsync<T>(TempExport export, string sql)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("no value");
    }

    [Test]
    public async Task RunAsync_SameExportTwice_SecondRunStoresNothingNew()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"), Row("C3"));
        export.WriteTranscript("C1.json", """{"call_id":"C1","turns":[{"speaker":"agent","start":0,"end":2,"text":"Hello"}]}""");
        export.WriteTranscript("C2.txt", "Agent: Hello\nCustomer: Hi");

        var first = await IngestAsync(export);
        var second = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(IngestRunStatus.Completed));
            Assert.That((first.Contacts.Inserted, first.Transcripts.Inserted), Is.EqualTo((3L, 2L)));
            Assert.That((second.Contacts.Unchanged, second.Contacts.Inserted, second.Contacts.Updated), Is.EqualTo((3L, 0L, 0L)));
            Assert.That(second.Transcripts.Unchanged, Is.EqualTo(2));
            Assert.That(await QueryAsync<long>(export, "SELECT COUNT(*) FROM contacts"), Is.EqualTo(3));
            Assert.That(await QueryAsync<long>(export, "SELECT COUNT(*) FROM transcript_turns"), Is.EqualTo(3));
            Assert.That(await QueryAsync<long>(export, "SELECT COUNT(*) FROM ingest_runs WHERE status = 'completed'"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task RunAsync_RecordChangedInLaterExport_Updated()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"));
        await IngestAsync(export);
        export.WriteCalls(Header, Row("C1", talk: "280"), Row("C2"));

        var second = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((second.Contacts.Updated, second.Contacts.Unchanged), Is.EqualTo((1L, 1L)));
            Assert.That(await QueryAsync<double>(export, "SELECT talk_seconds FROM contacts WHERE call_id = 'C1'"), Is.EqualTo(280));
            Assert.That(await QueryAsync<double>(export, "SELECT handle_seconds FROM contacts WHERE call_id = 'C1'"), Is.EqualTo(385));
        }
    }

    [TestCase(500, TestName = "DuplicatesInOneBatch")]
    [TestCase(1, TestName = "DuplicatesAcrossBatches")]
    public async Task RunAsync_DuplicateCallIds_FirstKeptLaterRejected(int batchSize)
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), Row("C2"), Row("C1", talk: "999"));

        var summary = await IngestAsync(export, batchSize);
        var again = await IngestAsync(export, batchSize);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.Contacts.Read, summary.Contacts.Stored, summary.Contacts.Rejected), Is.EqualTo((3L, 2L, 1L)));
            Assert.That((again.Contacts.Unchanged, again.Contacts.Rejected), Is.EqualTo((2L, 1L)));
            Assert.That(await QueryAsync<double>(export, "SELECT talk_seconds FROM contacts WHERE call_id = 'C1'"), Is.EqualTo(300));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects"), Is.EqualTo("duplicate call_id 'C1': already read at calls.csv line 2 in this export; the first occurrence is kept"));
            Assert.That(await QueryAsync<long>(export, "SELECT line FROM rejects"), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task RunAsync_BrokenExport_CompletesAndEveryBadRecordIsRejectedWithReason()
    {
        using var export = new TempExport();
        export.WriteCalls(
            Header,
            Row("C1"),
            "C2,\"bad quote,A1",
            "C3,CU3,A1",
            Row("C4", ended: "not-a-time"),
            Row("C5", ended: "2026-11-17T08:00:00-05:00"),
            Row("C6", talk: "-10"),
            Row("C1"),
            Row("C7"));
        export.WriteTranscript("C1.json", """{"call_id":"C1","turns":[{"speaker":"agent","start":0,"end":2,"text":"Hel""");
        export.WriteTranscript("C7.json", string.Empty);
        export.WriteTranscript("C7.txt", "Agent: hello");
        export.WriteTranscript("C99.txt", "Agent: nobody called");
        export.WriteTranscript("notes.docx", "x");

        var summary = await IngestAsync(export);

        var rejectRows = await QueryAsync<long>(export, "SELECT COUNT(*) FROM rejects");
        var emptyReasons = await QueryAsync<long>(export, "SELECT COUNT(*) FROM rejects WHERE reason IS NULL OR reason = ''");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Status, Is.EqualTo(IngestRunStatus.Completed));
            Assert.That((summary.Contacts.Read, summary.Contacts.Stored, summary.Contacts.Rejected), Is.EqualTo((8L, 2L, 6L)));
            Assert.That((summary.Transcripts.Read, summary.Transcripts.Stored, summary.Transcripts.Rejected), Is.EqualTo((5L, 1L, 4L)));
            Assert.That(summary.Read, Is.EqualTo(summary.Stored + summary.Rejected));
            Assert.That(rejectRows, Is.EqualTo(summary.Rejected));
            Assert.That(emptyReasons, Is.Zero);
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'transcripts/C99.txt'"), Does.Contain("no contact 'C99'"));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'transcripts/C7.json'"), Is.EqualTo("file is empty"));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'transcripts/C1.json'"), Does.StartWith("invalid JSON"));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'transcripts/notes.docx'"), Does.Contain("unsupported transcript file type"));
        }
    }

    [Test]
    public async Task RunAsync_TwoTranscriptsForOneCall_SecondRejected()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"));
        export.WriteTranscript("C1.json", """{"turns":[{"speaker":"agent","text":"Hello"}]}""");
        export.WriteTranscript("C1.txt", "Agent: Hello");

        var summary = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.Transcripts.Stored, summary.Transcripts.Rejected), Is.EqualTo((1L, 1L)));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects"), Does.StartWith("a second transcript for call 'C1'"));
        }
    }

    [Test]
    public async Task RunAsync_Rerun_RejectsTableHoldsOnlyTheLatestRunsRejects()
    {
        using var export = new TempExport();
        export.WriteCalls(Header, Row("C1"), "broken");

        await IngestAsync(export);
        var second = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await QueryAsync<long>(export, "SELECT COUNT(*) FROM rejects"), Is.EqualTo(1));
            Assert.That(await QueryAsync<long>(export, "SELECT run_id FROM rejects"), Is.EqualTo(second.RunId));
        }
    }

    [Test]
    public async Task RunAsync_EmptyCallsFileAndNoTranscripts_OneFileReject()
    {
        using var export = new TempExport();
        File.WriteAllText(Path.Combine(export.ExportDirectory, "calls.csv"), string.Empty);

        var summary = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Status, Is.EqualTo(IngestRunStatus.Completed));
            Assert.That((summary.Read, summary.Rejected), Is.EqualTo((1L, 1L)));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects"), Does.StartWith("file is empty"));
        }
    }

    [Test]
    public async Task RunAsync_MissingCallsFile_RejectedAndTranscriptsStillRead()
    {
        using var export = new TempExport();
        export.WriteTranscript("C1.txt", "Agent: hi");

        var summary = await IngestAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Contacts.Rejected, Is.EqualTo(1));
            Assert.That(summary.Transcripts.Rejected, Is.EqualTo(1));
            Assert.That(await QueryAsync<string>(export, "SELECT reason FROM rejects WHERE file = 'calls.csv'"), Is.EqualTo("calls.csv is missing from the export"));
        }
    }

    [Test]
    public async Task RunAsync_MissingExportDirectory_Throws()
    {
        using var export = new TempExport();

        await Assert.ThrowsAsync<DirectoryNotFoundException>(async () =>
        {
            await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
            var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
            await pipeline.RunAsync(new IngestRequest { ExportDirectory = Path.Combine(export.Root, "nope") }, null, CancellationToken.None);
        });
    }

    [Test]
    public async Task RunAsync_StoreFailsMidway_RunRecordedFailedAndRerunCompletesExactly()
    {
        using var export = new TempExport();
        export.WriteCalls([Header, .. Enumerable.Range(1, 30).Select(i => Row($"C{i}")), Row("C5")]);
        await using (var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None))
        {
            var failing = new IngestPipeline(new FailingStore(db.IngestStore, failOnBatch: 3), new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);

            var ex = await Assert.ThrowsAsync<IOException>(() =>
                failing.RunAsync(new IngestRequest { ExportDirectory = export.ExportDirectory, BatchSize = 10 }, null, CancellationToken.None));
            Assert.That(ex!.Message, Is.EqualTo("disk full (simulated)"));
        }

        var failedStatus = await QueryAsync<string>(export, "SELECT status || ': ' || error FROM ingest_runs WHERE run_id = 1");
        var storedBeforeFailure = await QueryAsync<long>(export, "SELECT COUNT(*) FROM contacts");
        var rerun = await IngestAsync(export, batchSize: 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failedStatus, Is.EqualTo("failed: disk full (simulated)"));
            Assert.That(storedBeforeFailure, Is.EqualTo(20), "the two batches before the failure were committed whole");
            Assert.That(rerun.Status, Is.EqualTo(IngestRunStatus.Completed));
            Assert.That((rerun.Contacts.Unchanged, rerun.Contacts.Inserted, rerun.Contacts.Rejected), Is.EqualTo((20L, 10L, 1L)));
            Assert.That(await QueryAsync<long>(export, "SELECT COUNT(*) FROM contacts"), Is.EqualTo(30));
            Assert.That(rerun.Read, Is.EqualTo(rerun.Stored + rerun.Rejected));
        }
    }

    [Test]
    public async Task RunAsync_ReportsProgressForEveryPhase()
    {
        using var export = new TempExport();
        export.WriteCalls([Header, .. Enumerable.Range(1, 25).Select(i => Row($"C{i}"))]);
        export.WriteTranscript("C1.txt", "Agent: hi");
        var reports = new List<IngestProgress>();
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);

        await pipeline.RunAsync(new IngestRequest { ExportDirectory = export.ExportDirectory, BatchSize = 10 }, new Recorder(reports), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Count(r => r.Phase == IngestPhase.Contacts), Is.GreaterThanOrEqualTo(3));
            Assert.That(reports.Last(r => r.Phase == IngestPhase.Contacts).Records, Is.EqualTo(25));
            Assert.That(reports.Last(r => r.Phase == IngestPhase.Contacts).Done, Is.EqualTo(reports.Last(r => r.Phase == IngestPhase.Contacts).Total));
            Assert.That(reports.Last(r => r.Phase == IngestPhase.Transcripts).Total, Is.EqualTo(1));
            Assert.That(reports.Last().Phase, Is.EqualTo(IngestPhase.Outcomes), "repeat linking runs last, after every record is stored");
            Assert.That(reports.Last().Done, Is.EqualTo(reports.Last().Total));
        }
    }

    private sealed class Recorder(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }
}
