namespace InteractionAnalytics.Simulation.Tests;

/// <summary><see cref="SimulationOptions.TranscriptBytes"/>: longer (or shorter) conversations on request, default output unchanged.</summary>
public sealed partial class ExportSimulatorTests
{
    [TestCase(6144)]
    [TestCase(12288)]
    public void Write_TranscriptBytes_MeanJsonTranscriptSizeWithinTenPercentOfTarget(int target)
    {
        using var directory = new TempDirectory();

        Generate(new SimulationOptions { Calls = 1000, Seed = 7, TranscriptBytes = target }, directory);

        var sizes = JsonTranscriptSizes(directory.Path);
        Assert.That(sizes, Has.Count.GreaterThan(500));
        Assert.That(sizes.Average(), Is.InRange(target * 0.9, target * 1.1));
    }

    [Test]
    public void Write_TranscriptBytes_LongerCallsStillHaveMoreTurns()
    {
        using var directory = new TempDirectory();

        Generate(new SimulationOptions { Calls = 1000, Seed = 11, TranscriptBytes = 6144 }, directory);

        var talk = ExportFiles.ReadCalls(directory.Path).Contacts.ToDictionary(c => c.CallId, c => c.TalkSeconds);
        var byTalk = Directory.GetFiles(ExportFiles.TranscriptsPath(directory.Path), "*.json")
            .Select(ExportFiles.ReadTranscript)
            .Select(t => (Talk: talk[t.CallId], Turns: t.Turns.Count))
            .OrderBy(t => t.Talk)
            .ToList();
        var half = byTalk.Count / 2;
        Assert.That(
            byTalk.Skip(half).Average(t => t.Turns),
            Is.GreaterThan(byTalk.Take(half).Average(t => t.Turns) * 1.3),
            "the longer half of the calls (by talk time) has clearly more turns than the shorter half");
    }

    [Test]
    public void Write_TranscriptBytes_SameSeed_WritesIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new SimulationOptions { Calls = 300, Seed = 42, TranscriptBytes = 6144 };

        Generate(options, first);
        Generate(options, second);

        var files = RelativeFiles(first.Path);
        Assert.That(RelativeFiles(second.Path), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(
                File.ReadAllBytes(Path.Combine(second.Path, file)),
                Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Path, file))),
                file);
        }
    }

    [Test]
    public void Write_SampleOptions_ReproducesTheCommittedSampleByteForByte()
    {
        // samples/nightly-export/README.md gives the command; without TranscriptBytes the output must not move.
        var sample = Path.Combine(RepositoryRoot(), "samples", "nightly-export");
        using var directory = new TempDirectory();

        Generate(new SimulationOptions { Calls = 600, Days = 28, Seed = 20261116 }, directory);

        var files = RelativeFiles(directory.Path);
        Assert.That(RelativeFiles(sample).Where(f => f != "README.md"), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(
                File.ReadAllBytes(Path.Combine(directory.Path, file)),
                Is.EqualTo(File.ReadAllBytes(Path.Combine(sample, file))),
                file);
        }
    }

    private static List<long> JsonTranscriptSizes(string directory) =>
        [.. Directory.GetFiles(ExportFiles.TranscriptsPath(directory), "*.json").Select(f => new FileInfo(f).Length)];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InteractionAnalytics.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("InteractionAnalytics.sln not found above the test directory.");
    }
}
