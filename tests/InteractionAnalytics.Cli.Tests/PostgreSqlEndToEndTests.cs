using System.Text.Json;

namespace InteractionAnalytics.Cli.Tests;

/// <summary><c>ia ingest</c> and <c>ia report</c> on PostgreSQL give what they give on SQLite.</summary>
public sealed class PostgreSqlEndToEndTests
{
    [Test]
    public async Task IngestThenReport_SampleExport_PostgreSqlReportEqualsSqliteReport()
    {
        await using var postgres = await PostgreSqlTestDatabase.CreateAsync();
        using var temp = new TempDirectory();

        var sqliteIngest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var postgresIngest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", postgres.ConnectionString);
        var postgresRerun = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", postgres.ConnectionString);
        var sqliteReport = await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json");
        var postgresReport = await CliRun.RunAsync("report", "--db", postgres.ConnectionString, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sqliteIngest.ExitCode, Is.Zero, sqliteIngest.ToString());
            Assert.That(postgresIngest.ExitCode, Is.Zero, postgresIngest.ToString());
            Assert.That(postgresRerun.ExitCode, Is.Zero, postgresRerun.ToString());
            Assert.That(sqliteReport.ExitCode, Is.Zero, sqliteReport.ToString());
            Assert.That(postgresReport.ExitCode, Is.Zero, postgresReport.ToString());
        }

        // The same store, the same reruns: the second run changes nothing and duplicates nothing.
        var expected = HandComputation.FromCallsCsv(Path.Combine(RepositoryPaths.NightlySample, "calls.csv"));
        Assert.That(postgresRerun.Output, Does.Contain($"unchanged {expected.Contacts:N0}"));

        using var sqlite = JsonDocument.Parse(sqliteReport.Output);
        using var postgresJson = JsonDocument.Parse(postgresReport.Output);
        var differences = new List<string>();
        Compare("$", sqlite.RootElement, postgresJson.RootElement, differences);
        Assert.That(differences, Is.Empty, "PostgreSQL's report differs from SQLite's");
        Assert.That(postgresJson.RootElement.GetProperty("total").GetProperty("contacts").GetInt64(), Is.EqualTo(expected.Contacts));
    }

    // Every value equal, except when the report was generated; doubles to 1e-9 relative, since the two databases may
    // add a sum's terms in another order (the last bits of a double differ, e.g. 0.661618469327734 vs …7326).
    private static void Compare(string path, JsonElement expected, JsonElement actual, List<string> differences)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            differences.Add($"{path}: {expected.ValueKind} vs {actual.ValueKind}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).Union(actual.EnumerateObject().Select(p => p.Name));
                foreach (var name in names.Where(n => n != "generated_at"))
                {
                    if (!expected.TryGetProperty(name, out var e) || !actual.TryGetProperty(name, out var a))
                    {
                        differences.Add($"{path}.{name}: present in one report only");
                        continue;
                    }

                    Compare($"{path}.{name}", e, a, differences);
                }

                break;
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    differences.Add($"{path}: {expected.GetArrayLength()} vs {actual.GetArrayLength()} items");
                    return;
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    Compare($"{path}[{i}]", expected[i], actual[i], differences);
                }

                break;
            case JsonValueKind.Number:
                var x = expected.GetDouble();
                var y = actual.GetDouble();
                if (Math.Abs(x - y) > 1e-9 * Math.Max(1, Math.Abs(x)))
                {
                    differences.Add($"{path}: {x} vs {y}");
                }

                break;
            default:
                if (expected.GetRawText() != actual.GetRawText())
                {
                    differences.Add($"{path}: {expected.GetRawText()} vs {actual.GetRawText()}");
                }

                break;
        }
    }
}
