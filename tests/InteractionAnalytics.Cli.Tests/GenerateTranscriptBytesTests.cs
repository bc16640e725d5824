namespace InteractionAnalytics.Cli.Tests;

/// <summary><c>ia generate --transcript-bytes</c>: the benchmark script's exports (benchmarks/ingest-throughput.sh).</summary>
public sealed class GenerateTranscriptBytesTests
{
    [Test]
    public async Task Generate_TranscriptBytes_JsonTranscriptsAverageTheTargetAndIngestWithoutRejects()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("generate", "--out", temp.Combine("e"), "--calls", "400", "--seed", "3", "--transcript-bytes", "6144");
        var ingest = await CliRun.RunAsync("ingest", temp.Combine("e"), "--db", temp.Database, "--fail-on-rejects", "--no-classify");

        var sizes = Directory.GetFiles(temp.Combine("e", "transcripts"), "*.json").Select(f => new FileInfo(f).Length).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(sizes, Has.Count.GreaterThan(200));
            Assert.That(sizes.Average(), Is.InRange(6144 * 0.9, 6144 * 1.1));
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(ingest.Output, Does.Contain("contacts     read     400"));
        }
    }

    [Test]
    public async Task Generate_TranscriptBytesBelowMinimum_FailsNamingTheOption()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("generate", "--out", temp.Path, "--calls", "10", "--transcript-bytes", "100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("TranscriptBytes"));
        }
    }
}
