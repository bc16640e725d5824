using System.Text;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// <c>ia ingest</c> itself over a small hostile export (the full corpus is in the Ingestion tests, docs/robustness.md):
/// the command completes, says what it rejected, exits 3 only with <c>--fail-on-rejects</c>, and writes nothing but its
/// database.
/// </summary>
public sealed class HostileExportCliTests
{
    private const string Header =
        "call_id,customer_id,agent_id,team,queue,channel,direction,started_at,answered_at,ended_at,ivr_seconds,queue_seconds,talk_seconds,hold_seconds,hold_count,acw_seconds,transfer_count,abandoned,disposition";

    private static string Row(string id, string talk = "300") =>
        $"{id},CU1,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,{talk},60,1,45,0,false,resolved";

    [Test]
    public async Task Ingest_HostileExport_CompletesRejectsWithReasonsAndWritesOnlyTheDatabase()
    {
        using var temp = new TempDirectory();
        var export = temp.Combine("export");
        Directory.CreateDirectory(Path.Combine(export, "transcripts"));
        File.WriteAllText(Path.Combine(export, "calls.csv"), string.Join("\r\n", Header, Row("G1"), "BAD,\"x", Row("NEG", talk: "-1"), Row("../../x"), Row("G1")) + "\n");
        File.WriteAllText(Path.Combine(export, "transcripts", "G1.txt"), "Agent: Hello\nCustomer: My bill is wrong");
        File.WriteAllBytes(Path.Combine(export, "transcripts", "U16.txt"), Encoding.Unicode.GetBytes("Agent: no byte-order mark"));
        File.WriteAllText(Path.Combine(export, "transcripts", "T.json"), """{"turns":[{"speaker":"ag""");
        var before = Entries(temp.Path);

        var run = await CliRun.RunAsync("ingest", export, "--db", temp.Database);
        var strict = await CliRun.RunAsync("ingest", export, "--db", temp.Database, "--fail-on-rejects");
        var rejects = await CliRun.RunAsync("rejects", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
            Assert.That(run.Output, Does.Contain("contacts     read       5   stored       1").And.Contain("rejected 4"), run.ToString());
            Assert.That(run.Output, Does.Contain("transcripts  read       3   stored       1").And.Contain("rejected 2"), run.ToString());
            Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.Rejects), strict.ToString());
            Assert.That(rejects.Output, Does.Contain("malformed CSV")
                .And.Contain("talk_seconds is negative (-1)")
                .And.Contain("call_id contains a path separator")
                .And.Contain("duplicate call_id 'G1'")
                .And.Contain("file contains NUL bytes")
                .And.Contain("invalid JSON"), rejects.ToString());
            Assert.That(
                Entries(temp.Path).Except(before),
                Is.SubsetOf(new[] { "ia.db", "ia.db-wal", "ia.db-shm" }),
                "nothing but the database was written");
        }
    }

    private static List<string> Entries(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p))];
}
