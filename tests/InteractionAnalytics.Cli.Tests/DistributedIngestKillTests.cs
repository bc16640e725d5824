using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// Distributed ingest through Hangfire (docs/distributed.md): <c>ia ingest --distributed</c> enqueues the chunks of an
/// export, three <c>ia worker</c> processes run them, and one is killed with SIGKILL inside a chunk. Its job comes back
/// after the short invisibility timeout and runs again on another worker; the database must then equal a single-process
/// <c>ia ingest</c> of the same export, with the run completed once and its post-pass run once.
/// </summary>
[NonParallelizable]
public sealed class DistributedIngestKillTests
{
    private const int Calls = 3000;
    private const int ChunkSize = 300;

    /// <summary>Columns that name the run that wrote a row, or a row's surrogate key, and so differ between the two databases by design.</summary>
    private static readonly HashSet<string> RunColumns = new(StringComparer.Ordinal) { "run_id", "first_run_id", "last_run_id", "reject_id" };

    /// <summary>Tables that describe the runs themselves, not the data.</summary>
    private static readonly HashSet<string> RunTables = new(StringComparer.Ordinal) { "ingest_runs", "schema_migrations", "ingest_chunk_runs", "ingest_chunks" };

    private TempDirectory _temp = null!;

    private string Export => _temp.Combine("export");

    [OneTimeSetUp]
    public async Task GenerateExport()
    {
        _temp = new TempDirectory();
        var generated = await CliRun.RunAsync("generate", "--out", Export, "--calls", Calls.ToString(CultureInfo.InvariantCulture), "--seed", "17");
        Assert.That(generated.ExitCode, Is.Zero, generated.ToString());

        // Bad records, all in the last chunk (a duplicate across chunks keeps whichever chunk ran first; docs/distributed.md).
        var calls = Path.Combine(Export, "calls.csv");
        var lastRow = File.ReadLines(calls).Last();
        File.AppendAllText(calls, $"{lastRow}\nSHORT,CU1,A1\n");
        File.WriteAllText(Path.Combine(Export, "transcripts", "NOBODY.txt"), "Agent: nobody called");
    }

    [OneTimeTearDown]
    public void DeleteExport() => _temp.Dispose();

    [Test]
    public async Task ThreeWorkersOneKilledMidChunk_DatabaseEqualsASingleProcessRun()
    {
        await using var single = await PostgreSqlTestDatabase.CreateAsync();
        await using var distributed = await PostgreSqlTestDatabase.CreateAsync();

        var clean = await CliRun.RunAsync("ingest", Export, "--db", single.ConnectionString);
        Assert.That(clean.ExitCode, Is.Zero, clean.ToString());

        var enqueued = await CliRun.RunAsync("ingest", Export, "--db", distributed.ConnectionString, "--distributed", "--chunk-size", ChunkSize.ToString(CultureInfo.InvariantCulture));
        Assert.That(enqueued.ExitCode, Is.Zero, enqueued.ToString());
        Assert.That(enqueued.Output, Does.Contain("11 chunk(s)"), "3,002 records of calls.csv in chunks of 300");

        var workers = Enumerable.Range(0, 3).Select(_ => WorkerProcess.Start(distributed.ConnectionString, _temp.Path)).ToList();
        try
        {
            // The first worker to start a chunk is killed right there, mid-chunk.
            var victim = await Task.WhenAny(workers.Select(w => w.ChunkStarted.Task));
            var killed = workers.Single(w => w.ChunkStarted.Task == victim);
            killed.Process.Kill(entireProcessTree: true);
            await killed.Process.WaitForExitAsync();

            var waited = Stopwatch.StartNew();
            while (await ScalarAsync(distributed, "SELECT count(*) FROM ingest_chunk_runs WHERE post_pass_done_at IS NOT NULL") == 0)
            {
                Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(150)), () => "the run did not complete; worker logs:\n" + string.Join("\n---\n", workers.Select(w => w.ToString())));
                await Task.Delay(500);
            }

            var expected = await SnapshotAsync(single);
            var actual = await SnapshotAsync(distributed);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(killed.Process.ExitCode, Is.Not.Zero, "the worker was killed, not stopped");
                Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
                foreach (var (table, digest) in expected)
                {
                    Assert.That(actual.GetValueOrDefault(table), Is.EqualTo(digest), $"table {table}: rows and content equal the single-process run's");
                }

                Assert.That(await ScalarAsync(distributed, "SELECT count(*) FROM contacts"), Is.EqualTo(Calls));
                Assert.That(await ScalarAsync(distributed, "SELECT count(*) FROM rejects"), Is.EqualTo(3), "the duplicate row, the short row, the transcript of nobody");
                Assert.That(await ScalarAsync(distributed, "SELECT count(*) FROM ingest_runs WHERE status = 'completed'"), Is.EqualTo(1), "the run completed once");
                Assert.That(await ScalarAsync(distributed, "SELECT post_pass_runs FROM ingest_chunk_runs"), Is.EqualTo(1), "the post-pass ran once");
                Assert.That(await ScalarAsync(distributed, "SELECT count(*) FROM ingest_chunks WHERE done_at IS NOT NULL"), Is.EqualTo(11), "every chunk is done");
                Assert.That(await ScalarAsync(distributed, "SELECT sum(attempts) FROM ingest_chunks"), Is.GreaterThan(11), "the killed worker's chunk ran again");
                foreach (var column in new[] { "contacts_read", "contacts_rejected", "transcripts_read", "transcripts_rejected", "records_read", "records_stored", "records_rejected" })
                {
                    Assert.That(
                        await ScalarAsync(distributed, $"SELECT {column} FROM ingest_runs"),
                        Is.EqualTo(await ScalarAsync(single, $"SELECT {column} FROM ingest_runs")),
                        $"ingest_runs.{column}: the chunks' sums equal the single run's count");
                }
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    private static async Task<long> ScalarAsync(PostgreSqlTestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Per data table of the public schema: its row count and a SHA-256 of every row (all columns but <see cref="RunColumns"/>), in a fixed order.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(PostgreSqlTestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!RunTables.Contains(table) && !RunColumns.Contains(reader.GetString(1)))
                {
                    (columns.TryGetValue(table, out var names) ? names : columns[table] = []).Add(reader.GetString(1));
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, names) in columns)
        {
            var kept = string.Join(", ", names.Select(n => $"\"{n}\""));
            await using var select = new NpgsqlCommand($"SELECT {kept} FROM \"{table}\" ORDER BY {kept}", connection);
            await using var rows = await select.ExecuteReaderAsync();
            result[table] = await TableDigest.OfAsync(rows);
        }

        return result;
    }
}
