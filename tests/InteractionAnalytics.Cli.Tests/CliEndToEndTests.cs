using System.Text.Json;
using Dapper;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

public sealed class CliEndToEndTests
{
    [Test]
    public async Task Help_ListsEveryCommand()
    {
        var run = await CliRun.RunAsync("--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            foreach (var command in new[] { "ingest", "report", "generate", "runs", "rejects", "audio", "train", "evaluate", "classify", "serve", "users" })
            {
                Assert.That(run.Output, Does.Contain(command));
            }
        }
    }

    [Test]
    public async Task Cli_SampleExport_AhtEqualsHandComputationFromCallsCsv()
    {
        using var temp = new TempDirectory();

        var first = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var second = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var report = await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json");

        var expected = HandComputation.FromCallsCsv(Path.Combine(RepositoryPaths.NightlySample, "calls.csv"));
        using var json = JsonDocument.Parse(report.Output);
        var total = json.RootElement.GetProperty("total");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(second.ExitCode, Is.Zero, second.ToString());
            Assert.That(first.Output, Does.Contain("rejected 0"));
            Assert.That(second.Output, Does.Contain($"unchanged {expected.Contacts:N0}"));
            Assert.That(json.RootElement.GetProperty("schema_version").GetInt32(), Is.EqualTo(1));
            Assert.That(total.GetProperty("contacts").GetInt64(), Is.EqualTo(expected.Contacts));
            Assert.That(total.GetProperty("handled").GetInt64(), Is.EqualTo(expected.Handled));
            Assert.That(total.GetProperty("aht_seconds").GetDouble(), Is.EqualTo(expected.Aht).Within(1e-9));
        }
    }

    [TestCase("7d", 7)]
    [TestCase("14d", 14)]
    public async Task Cli_SampleExport_RepeatOutcomesEqualAnIndependentComputationFromCallsCsv(string option, int days)
    {
        using var temp = new TempDirectory();
        var ingest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database, "--repeat-window", option);
        var report = await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json");
        var expected = RepeatHandComputation.FromCallsCsv(Path.Combine(RepositoryPaths.NightlySample, "calls.csv"), TimeSpan.FromDays(days));

        using var json = JsonDocument.Parse(report.Output);
        var total = json.RootElement.GetProperty("total");
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var links = (await connection.QueryAsync<(string CallId, string Next)>(
            "SELECT call_id, next_call_id FROM contact_outcomes WHERE next_call_id IS NOT NULL")).ToDictionary(l => l.CallId, l => l.Next);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(total.GetProperty("resolved_first_contact").GetInt64(), Is.EqualTo(expected.Resolved));
            Assert.That(total.GetProperty("repeated").GetInt64(), Is.EqualTo(expected.Repeated));
            Assert.That(total.GetProperty("repeated_window_open").GetInt64(), Is.EqualTo(expected.RepeatedWindowOpen));
            Assert.That(total.GetProperty("pending").GetInt64(), Is.EqualTo(expected.Pending));
            Assert.That(total.GetProperty("unlinkable").GetInt64(), Is.EqualTo(expected.Unlinkable));
            Assert.That(total.GetProperty("fcr_rate").GetDouble(), Is.EqualTo((double)expected.Resolved / (expected.Resolved + expected.Repeated)).Within(1e-12));
            Assert.That(links, Is.EquivalentTo(expected.Next));
        }
    }

    [Test]
    public async Task Cli_SampleExport_StoresMeasuresAndReportsTheirSums()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var report = await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json");

        using var json = JsonDocument.Parse(report.Output);
        var total = json.RootElement.GetProperty("total");
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(double? Change, double? Silence, double? Conversation, string Resolution, string Turns, string? Outcome, long? Elapsed)>("""
            SELECT m.customer_sentiment_change, m.silence_seconds, m.conversation_seconds, m.resolution, m.turn_sentiments,
                   o.outcome, o.window_elapsed
            FROM conversation_measures m LEFT JOIN contact_outcomes o ON o.call_id = m.call_id
            """)).ToList();

        // Agreement as docs/metrics.md defines it: a verdict and a final outcome; resolved ↔ no repeat, unresolved ↔ repeated.
        var comparable = rows.Where(r => r.Resolution != "unknown" && (r.Outcome == "resolved_first_contact" || (r.Outcome == "repeated" && r.Elapsed == 1))).ToList();
        var agreements = comparable.Count(r => (r.Resolution == "resolved") == (r.Outcome == "resolved_first_contact"));
        var changes = rows.Where(r => r.Change is not null).Select(r => r.Change!.Value).ToList();
        var timed = rows.Where(r => r.Silence is not null && r.Conversation is not null).ToList();
        var transcripts = Directory.GetFiles(Path.Combine(RepositoryPaths.NightlySample, "transcripts")).Length;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(transcripts), "one row of measures per stored transcript");
            Assert.That(changes, Is.Not.Empty);
            Assert.That(total.GetProperty("avg_customer_sentiment_change").GetDouble(), Is.EqualTo(changes.Average()).Within(1e-9));
            Assert.That(total.GetProperty("sentiment_change_n").GetInt64(), Is.EqualTo(changes.Count));
            Assert.That(total.GetProperty("silence_share").GetDouble(), Is.EqualTo(timed.Sum(r => r.Silence!.Value) / timed.Sum(r => r.Conversation!.Value)).Within(1e-9));
            Assert.That(total.GetProperty("conversation_resolved").GetInt64(), Is.EqualTo(rows.Count(r => r.Resolution == "resolved")));
            Assert.That(total.GetProperty("conversation_unresolved").GetInt64(), Is.EqualTo(rows.Count(r => r.Resolution == "unresolved")));
            Assert.That(total.GetProperty("resolution_agreement_n").GetInt64(), Is.EqualTo(comparable.Count));
            Assert.That(total.GetProperty("resolution_agreement_rate").GetDouble(), Is.EqualTo((double)agreements / comparable.Count).Within(1e-12));
            Assert.That(rows.Select(r => JsonDocument.Parse(r.Turns).RootElement.GetArrayLength()), Is.All.GreaterThan(0));
        }
    }

    [Test]
    public async Task Cli_SampleExport_FindsEverySimulatedRepeatWithinTheWindow()
    {
        // The simulator records which contact each repeat follows (simulation-truth.csv, repeat_of). Every such pair must
        // come out in one chain with a 30-day window (the sample spans 28 days), except where either side abandoned: by
        // definition an abandoned contact is neither a first contact nor a repeat (docs/metrics.md).
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database, "--repeat-window", "30d");
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var chains = (await connection.QueryAsync<(string CallId, string? Chain)>("SELECT call_id, chain_id FROM contact_outcomes"))
            .ToDictionary(r => r.CallId, r => r.Chain);
        var abandoned = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "calls.csv"))
            .Where(l => l.EndsWith(",true,abandoned", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)])
            .ToHashSet();
        var truth = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "simulation-truth.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[^1].Length > 0 && !abandoned.Contains(f[0]) && !abandoned.Contains(f[^1]))
            .Select(f => (Repeat: f[0], Of: f[^1]))
            .ToList();

        Assert.That(abandoned, Is.Not.Empty);
        Assert.That(truth, Has.Count.GreaterThan(50));
        Assert.That(truth.Where(t => chains[t.Repeat] != chains[t.Of]), Is.Empty, "a simulated repeat in another chain than the contact it repeats");
    }

    [Test]
    public async Task Ingest_WithReport_PrintsSummaryAndDailyTable()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database, "--report");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("Ingest run 1 completed"));
            Assert.That(run.Output, Does.Contain("Contacts by day"));
            Assert.That(run.Output, Does.Contain("AHT"));
            Assert.That(run.Output, Does.Contain("Total"));
            Assert.That(run.Error, Does.Contain("contacts:").And.Contain("transcripts:"), "non-terminal progress lines go to stderr");
        }
    }

    [Test]
    public async Task Generate_ThenIngest_DeterministicAndNoRejects()
    {
        using var temp = new TempDirectory();

        var a = await CliRun.RunAsync("generate", "--out", temp.Combine("a"), "--calls", "120", "--days", "3", "--seed", "7");
        var b = await CliRun.RunAsync("generate", "--out", temp.Combine("b"), "--calls", "120", "--days", "3", "--seed", "7");
        var ingest = await CliRun.RunAsync("ingest", temp.Combine("a"), "--db", temp.Database, "--fail-on-rejects");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a.ExitCode, Is.Zero, a.ToString());
            Assert.That(File.ReadAllBytes(temp.Combine("a", "calls.csv")), Is.EqualTo(File.ReadAllBytes(temp.Combine("b", "calls.csv"))));
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(ingest.Output, Does.Contain("contacts     read     120"));
        }
    }

    [Test]
    public async Task Generate_IntoNonEmptyDirectoryWithoutForce_Refuses()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("keep.txt"), "x");

        var run = await CliRun.RunAsync("generate", "--out", temp.Path, "--calls", "10");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("--force"));
            Assert.That(File.Exists(temp.Combine("keep.txt")), Is.True);
        }
    }

    [Test]
    public async Task Ingest_BrokenExport_CompletesReportsRejectsAndFailOnRejectsExitsThree()
    {
        using var temp = new TempDirectory();
        var export = temp.Combine("export");
        Directory.CreateDirectory(Path.Combine(export, "transcripts"));
        File.WriteAllText(Path.Combine(export, "calls.csv"),
            "call_id,started_at,ended_at,talk_seconds,answered_at\n" +
            "C1,2026-11-17T09:00:00Z,2026-11-17T09:05:00Z,240,2026-11-17T09:01:00Z\n" +
            "C2,2026-11-17T09:00:00Z,2026-11-17T08:05:00Z,240,\n" +
            "C3,\"oops,2026-11-17T09:05:00Z,240,\n");
        File.WriteAllText(Path.Combine(export, "transcripts", "C1.json"), "{\"turns\": [");

        var run = await CliRun.RunAsync("ingest", export, "--db", temp.Database);
        var strict = await CliRun.RunAsync("ingest", export, "--db", temp.Database, "--fail-on-rejects");
        var rejects = await CliRun.RunAsync("rejects", "--db", temp.Database);
        var runs = await CliRun.RunAsync("runs", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("3 record(s) rejected; see them with: ia rejects --run 1"));
            Assert.That(strict.ExitCode, Is.EqualTo(3));
            Assert.That(rejects.Output, Does.Contain("calls.csv:3 [C2]: ended_at"));
            Assert.That(rejects.Output, Does.Contain("calls.csv:4: malformed CSV"));
            Assert.That(rejects.Output, Does.Contain("transcripts/C1.json [C1]: invalid JSON"));
            Assert.That(runs.Output, Does.Contain("run    2").And.Contain("run    1"));
        }
    }

    [Test]
    public async Task Ingest_MissingExportOrBadMappingOrZone_ExitOneWithMessage()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("bad.json"), "{ \"columns\": { \"nope\": \"x\" } }");

        var missing = await CliRun.RunAsync("ingest", temp.Combine("nope"), "--db", temp.Database);
        var mapping = await CliRun.RunAsync("ingest", temp.Path, "--db", temp.Database, "--mapping", temp.Combine("bad.json"));
        var zone = await CliRun.RunAsync("ingest", temp.Path, "--db", temp.Database, "--timezone", "Mars/Olympus");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Error, Does.Contain("does not exist"));
            Assert.That(mapping.ExitCode, Is.EqualTo(1));
            Assert.That(mapping.Error, Does.Contain("unknown field \"nope\""));
            Assert.That(zone.ExitCode, Is.EqualTo(1));
            Assert.That(zone.Error, Does.Contain("Mars/Olympus"));
        }
    }

    [Test]
    public async Task Ingest_AmazonConnectSampleWithShippedMapping_StoresEveryRecord()
    {
        using var temp = new TempDirectory();
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "data", "amazon-connect-ctr");
        var mapping = Path.Combine(RepositoryPaths.Root, "samples", "mappings", "amazon-connect-ctr.json");

        var run = await CliRun.RunAsync("ingest", sample, "--db", temp.Database, "--mapping", mapping, "--fail-on-rejects");
        var report = await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json", "--by", "team");

        using var json = JsonDocument.Parse(report.Output);
        var total = json.RootElement.GetProperty("total");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Error, Does.Contain("ignoring column(s) not in the mapping: LastUpdateTimestamp"));
            Assert.That(total.GetProperty("contacts").GetInt64(), Is.EqualTo(6));
            Assert.That(total.GetProperty("abandoned").GetInt64(), Is.EqualTo(1));
            // (395+0+62) + (1064+180+95) + (230+0+40) + (292+0+31) + (1301+0+20) = 3710 over 5 handled.
            Assert.That(total.GetProperty("aht_seconds").GetDouble(), Is.EqualTo(742));
            Assert.That(json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").ToString()), Is.EqualTo(new[] { "", "North", "South" }));
        }
    }

    [Test]
    public async Task Report_FormatsAndArgumentErrors()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);

        var csv = await CliRun.RunAsync("report", "--db", temp.Database, "--by", "queue", "--format", "csv");
        var table = await CliRun.RunAsync("report", "--db", temp.Database, "--by", "agent");
        var badDate = await CliRun.RunAsync("report", "--db", temp.Database, "--from", "17/11/2026");
        var reversed = await CliRun.RunAsync("report", "--db", temp.Database, "--from", "2026-11-20", "--to", "2026-11-19");
        var badGrouping = await CliRun.RunAsync("report", "--db", temp.Database, "--by", "planet");

        var csvLines = csv.Output.TrimEnd().Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(csv.ExitCode, Is.Zero, csv.ToString());
            Assert.That(csvLines[0], Does.StartWith("scope,group_by,key,contacts,handled,abandoned,abandonment_rate,aht_seconds"));
            Assert.That(csvLines[^1], Does.StartWith("total,queue,,"));
            Assert.That(table.Output, Does.Contain("Contacts by agent"));
            Assert.That(badDate.ExitCode, Is.EqualTo(1));
            Assert.That(badDate.Error, Does.Contain("yyyy-MM-dd"));
            Assert.That(reversed.ExitCode, Is.EqualTo(1));
            Assert.That(badGrouping.ExitCode, Is.Not.Zero);
        }
    }
}
