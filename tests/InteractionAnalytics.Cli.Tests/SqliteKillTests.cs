using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// Crash safety on SQLite (docs/robustness.md): <c>ia ingest</c> runs as a separate process and is killed with SIGKILL at
/// several points of one export (after the first progress line, mid-transcripts, in the repeat-contact post-pass), each
/// rerun over the same database; after a final rerun the database must equal a clean single run of the same export.
/// </summary>
[NonParallelizable]
public sealed class SqliteKillTests
{
    /// <summary>Columns that name the run that wrote a row, or a row's surrogate key, and so differ between the two databases by design.</summary>
    private static readonly HashSet<string> RunColumns = new(StringComparer.Ordinal) { "run_id", "first_run_id", "last_run_id", "reject_id" };

    /// <summary>Tables that describe the runs themselves (several runs against one), not the data.</summary>
    private static readonly HashSet<string> RunTables = new(StringComparer.Ordinal) { "ingest_runs", "schema_migrations" };

    private TempDirectory _temp = null!;

    private string Export => _temp.Combine("export");

    [OneTimeSetUp]
    public async Task GenerateExport()
    {
        _temp = new TempDirectory();
        var generated = await CliRun.RunAsync("generate", "--out", Export, "--calls", "1500", "--seed", "11");
        Assert.That(generated.ExitCode, Is.Zero, generated.ToString());

        // A few bad records, so that the rejects are compared too.
        var calls = Path.Combine(Export, "calls.csv");
        var firstRow = File.ReadLines(calls).Skip(1).First();
        File.AppendAllText(calls, $"{firstRow}\nBROKEN,\"unclosed\nSHORT,CU1,A1\n");
        File.WriteAllText(Path.Combine(Export, "transcripts", "NOBODY.txt"), "Agent: nobody called");
        File.WriteAllText(Path.Combine(Export, "transcripts", "EMPTY.json"), string.Empty);
    }

    [OneTimeTearDown]
    public void DeleteExport() => _temp.Dispose();

    [Test]
    public async Task KilledAtThreePointsThenRerun_DatabaseEqualsACleanRun()
    {
        var clean = _temp.Combine("clean.db");
        var crashed = _temp.Combine("crashed.db");
        var filesBefore = TopLevelEntries();
        var cleanRun = await IngestAsync(clean, killWhen: null);
        Assert.That(cleanRun.ExitCode, Is.Zero, cleanRun.Error);

        var killPoints = new (string Name, Func<string, bool> When)[]
        {
            ("after the first progress line", line => line.StartsWith("contacts:", StringComparison.Ordinal)),
            ("mid-transcripts", line => line.StartsWith("transcripts:", StringComparison.Ordinal)),
            ("in the repeat-contact post-pass", line => line.StartsWith("repeat contacts: linking", StringComparison.Ordinal)),
        };
        var killed = new List<string>();
        foreach (var (name, when) in killPoints)
        {
            var run = await IngestAsync(crashed, when);
            if (run.Killed)
            {
                killed.Add(name);
            }

            Assert.That(IntegrityCheck(crashed), Is.EqualTo("ok"), $"after the kill {name}");
        }

        var final = await IngestAsync(crashed, killWhen: null);

        var expected = await SnapshotAsync(clean);
        var actual = await SnapshotAsync(crashed);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(final.ExitCode, Is.Zero, final.Error);
            Assert.That(killed, Is.SupersetOf(killPoints.Take(2).Select(k => k.Name)), "the process was killed before it finished");
            TestContext.Out.WriteLine($"killed: {string.Join("; ", killed)}");
            Assert.That(IntegrityCheck(crashed), Is.EqualTo("ok"));
            Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
            foreach (var (table, digest) in expected)
            {
                Assert.That(actual.GetValueOrDefault(table), Is.EqualTo(digest), $"table {table}: rows and content equal the clean run's");
            }

            Assert.That(Scalar(clean, "SELECT COUNT(*) FROM rejects"), Is.EqualTo(5), "the clean run rejected the five bad records (the unclosed quote and the short row it swallowed, a duplicate, two transcripts)");
            Assert.That(Scalar(crashed, "SELECT COUNT(*) FROM (SELECT 1 FROM rejects GROUP BY file, line, record_key, reason HAVING COUNT(*) > 1)"), Is.Zero);
            Assert.That(
                Text(crashed, "SELECT group_concat(status, ',') FROM (SELECT status FROM ingest_runs ORDER BY run_id)"),
                Is.EqualTo("interrupted,interrupted,interrupted,completed").Or.EqualTo("interrupted,interrupted,completed,completed"),
                "every killed run is marked interrupted by the next run (the kill in the short post-pass may land after the run recorded its end)");
            Assert.That(
                Scalar(crashed, "SELECT COUNT(*) FROM ingest_runs WHERE status = 'interrupted' AND error NOT LIKE 'the process stopped before this run finished (killed or crashed); run _ read the export again'"),
                Is.Zero,
                "an interrupted run says why and which run completed its work");
            Assert.That(
                Scalar(crashed, "SELECT records_read - records_stored - records_rejected FROM ingest_runs ORDER BY run_id DESC LIMIT 1"),
                Is.Zero,
                "read = stored + rejected in the final run");
            Assert.That(TopLevelEntries().Except(filesBefore), Is.EquivalentTo(new[] { "clean.db", "clean.db-shm", "clean.db-wal", "crashed.db", "crashed.db-shm", "crashed.db-wal" }.Where(f => File.Exists(_temp.Combine(f)))), "nothing but the databases was written");
        }
    }

    /// <summary>The built CLI of the same configuration as this test assembly (artifacts/bin/InteractionAnalytics.Cli/&lt;configuration&gt;/ia.dll).</summary>
    private static string CliAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var built = Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "InteractionAnalytics.Cli", configuration, "ia.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "ia.dll");
    }

    /// <summary>Runs <c>ia ingest</c> as its own process; kills it (SIGKILL) at the first stderr line <paramref name="killWhen"/> accepts.</summary>
    private async Task<(int ExitCode, bool Killed, string Error)> IngestAsync(string database, Func<string, bool>? killWhen)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliAssembly(), "ingest", Export, "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var killed = false;
        var error = new StringBuilder();
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                error.AppendLine(line);
                if (!killed && killWhen is not null && killWhen(line) && !process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
            }

            await process.WaitForExitAsync();
            await output;
            return (process.ExitCode, killed, error.ToString());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private List<string> TopLevelEntries() => [.. Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).OfType<string>()];

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Text(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Per data table: its row count and a SHA-256 of every row (all columns but <see cref="RunColumns"/>), in a fixed order.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(string database)
    {
        using var connection = Open(database);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !RunTables.Contains(t)))
        {
            var columns = new List<string>();
            using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
                using var reader = info.ExecuteReader();
                while (reader.Read())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            var kept = string.Join(", ", columns.Where(c => !RunColumns.Contains(c)));
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {kept} FROM {table} ORDER BY {kept}";
            using var rows = select.ExecuteReader();
            result[table] = await TableDigest.OfAsync(rows);
        }

        return result;
    }
}
