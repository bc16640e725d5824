using System.Text;
using Dapper;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline.Hostile;

/// <summary>
/// Builds a hostile export in a temp directory for one test: two good contacts (<see cref="GoodIds"/>) with a transcript
/// each, to which a test adds its hostile records and files; then runs the real pipeline over it into a SQLite file in the
/// same directory and collects what the run left (<see cref="HostileRun"/>). Deleted afterwards.
/// </summary>
internal sealed class HostileExport : IDisposable
{
    /// <summary>The good contacts every hostile export starts with; each has a transcript.</summary>
    public static readonly IReadOnlyList<string> GoodIds = ["G1", "G2"];

    private readonly List<string> _rows = [];

    public HostileExport()
    {
        Root = Path.Combine(Path.GetTempPath(), "ia-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(TranscriptsDirectory);
        _rows.AddRange(GoodIds.Select(id => Row(id)));
        WriteTranscript("G1.txt", "Agent: Thanks for calling, how can I help?\nCustomer: My bill is wrong.\nAgent: I have fixed it.");
        WriteTranscript("G2.json", """{"call_id":"G2","turns":[{"speaker":"agent","start":0,"end":2,"text":"Hello"},{"speaker":"customer","start":2,"end":4,"text":"Hi"}]}""");
    }

    /// <summary>The temp directory: the export, the database and nothing else.</summary>
    public string Root { get; }

    public string ExportDirectory => Path.Combine(Root, "export");

    public string TranscriptsDirectory => Path.Combine(ExportDirectory, "transcripts");

    public string CallsPath => Path.Combine(ExportDirectory, "calls.csv");

    public string DatabasePath => Path.Combine(Root, "ia.db");

    /// <summary>When set, <see cref="IngestAsync"/> writes this (raw bytes) as calls.csv instead of the header and rows.</summary>
    public byte[]? CallsBytes { get; set; }

    /// <summary>When <see langword="false"/>, <see cref="IngestAsync"/> leaves calls.csv as the test made it.</summary>
    public bool WriteCallsFile { get; set; } = true;

    /// <summary>The header line <see cref="IngestAsync"/> writes; the v1 header unless a test changes it.</summary>
    public string Header { get; set; } = CallsCsvReaderTests.Header;

    /// <summary>Line ending between the calls.csv lines.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>Largest transcript read, in bytes (the pipeline's default unless a test changes it).</summary>
    public long MaxTranscriptBytes { get; set; } = new IngestRequest { ExportDirectory = "." }.MaxTranscriptBytes;

    /// <summary>A valid v1 row; the named fields can be overridden.</summary>
    public static string Row(
        string id,
        string customer = "CU1",
        string agent = "A1",
        string started = "2026-11-17T09:00:00-05:00",
        string ended = "2026-11-17T09:07:00-05:00",
        string talk = "300",
        string disposition = "resolved") =>
        $"{id},{customer},{agent},North,billing,voice,inbound,{started},2026-11-17T09:01:00-05:00,{ended},20,40,{talk},60,1,45,0,false,{disposition}";

    /// <summary>Adds a calls.csv line (a hostile one, usually) after the good rows.</summary>
    public void AddLine(string line) => _rows.Add(line);

    public void WriteTranscript(string fileName, string content) => File.WriteAllText(Path.Combine(TranscriptsDirectory, fileName), content);

    public void WriteTranscript(string fileName, byte[] content) => File.WriteAllBytes(Path.Combine(TranscriptsDirectory, fileName), content);

    /// <summary>The calls.csv text as <see cref="IngestAsync"/> would write it.</summary>
    public string CallsText() => string.Join(NewLine, [Header, .. _rows]) + NewLine;

    /// <summary>Runs the real ingest pipeline over the export and collects what it left.</summary>
    public async Task<HostileRun> IngestAsync()
    {
        if (WriteCallsFile)
        {
            File.WriteAllBytes(CallsPath, CallsBytes ?? Encoding.UTF8.GetBytes(CallsText()));
        }

        var before = Files();
        var logger = new RecordingLogger<IngestPipeline>();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
        await using var db = await InteractionDatabase.OpenAsync(DatabasePath, time, CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, time, logger);
        var summary = await pipeline.RunAsync(
            new IngestRequest { ExportDirectory = ExportDirectory, MaxTranscriptBytes = MaxTranscriptBytes, BatchSize = 3, TranscriptBatchSize = 3 },
            null,
            CancellationToken.None);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var row = (IDictionary<string, object?>)await connection.QuerySingleAsync("SELECT * FROM ingest_runs WHERE run_id = @RunId", new { summary.RunId });
        var counters = row.Where(c => c.Value is long).ToDictionary(c => c.Key, c => (long)c.Value!, StringComparer.Ordinal);
        var rejects = (await connection.QueryAsync<(string File, string? Key, string Reason)>(
            "SELECT file, record_key, reason FROM rejects WHERE run_id = @RunId ORDER BY reject_id", new { summary.RunId })).ToList();
        return new HostileRun(summary, counters, rejects, logger.Warnings, before, Files());
    }

    /// <summary>Counts rows of the database (a scalar query).</summary>
    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var db = await InteractionDatabase.OpenAsync(DatabasePath, TimeProvider.System, CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>
    /// The invariants every run over a hostile export must keep: it completes; every good record is stored; per kind,
    /// read = stored + rejected; every reject has a reason; and nothing but the database changed in the temp directory.
    /// </summary>
    public async Task AssertInvariantsAsync(HostileRun run, IReadOnlyCollection<string>? goodContacts = null, IReadOnlyCollection<string>? goodTranscripts = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        goodContacts ??= GoodIds.ToList();
        goodTranscripts ??= goodContacts;
        var c = run.Counters;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Summary.Status, Is.EqualTo(Core.Ingest.IngestRunStatus.Completed), run.ToString());
            foreach (var kind in new[] { "contacts", "transcripts", "audio" })
            {
                Assert.That(
                    c[$"{kind}_read"],
                    Is.EqualTo(c[$"{kind}_inserted"] + c[$"{kind}_updated"] + c[$"{kind}_unchanged"] + c[$"{kind}_rejected"]),
                    $"{kind}: read = stored + rejected");
            }

            Assert.That(c["records_read"], Is.EqualTo(c["records_stored"] + c["records_rejected"]), "read = stored + rejected");
            Assert.That(c["records_read"], Is.EqualTo(c["contacts_read"] + c["transcripts_read"] + c["audio_read"]));
            Assert.That(run.Rejects, Has.Count.EqualTo(c["records_rejected"]), "one rejects row per rejected record");
            Assert.That(run.Rejects.Where(r => string.IsNullOrWhiteSpace(r.Reason)), Is.Empty, "every reject has a reason");
            Assert.That(
                await CountAsync("SELECT COUNT(*) FROM contacts WHERE call_id IN @Ids", new { Ids = goodContacts }),
                Is.EqualTo(goodContacts.Count),
                $"the good contacts are stored; {run}");
            Assert.That(
                await CountAsync("SELECT COUNT(*) FROM transcripts WHERE call_id IN @Ids", new { Ids = goodTranscripts }),
                Is.EqualTo(goodTranscripts.Count),
                $"the good transcripts are stored; {run}");
            Assert.That(run.FilesAfter, Is.EqualTo(run.FilesBefore), "nothing but the database was written");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    /// <summary>Every file and directory under <see cref="Root"/> but the database and its WAL and shared-memory files, with sizes.</summary>
    private List<string> Files()
    {
        var database = Path.GetFileName(DatabasePath);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return [.. new DirectoryInfo(Root).EnumerateFileSystemInfos("*", options)
            .Where(f => f.Name != database && f.Name != database + "-wal" && f.Name != database + "-shm" && f.Name != database + "-journal")
            .Select(f => $"{Path.GetRelativePath(Root, f.FullName)} {(f is FileInfo file && f.LinkTarget is null ? file.Length : -1)}")
            .Order(StringComparer.Ordinal)];
    }
}
