using InteractionAnalytics.Core.Contacts;

namespace InteractionAnalytics.Simulation.Tests;

/// <summary>
/// The simulator's contract: determinism, counts, options. Output realism is checked in
/// <c>ExportSimulatorTests.Realism.cs</c> against one shared 3,000-call run.
/// </summary>
public sealed partial class ExportSimulatorTests
{
    [Test]
    public void Write_SameSeed_WritesIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new SimulationOptions { Calls = 400, Seed = 42 };

        var a = Generate(options, first);
        var b = Generate(options, second);

        var firstFiles = RelativeFiles(first.Path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b, Is.EqualTo(a));
            Assert.That(RelativeFiles(second.Path), Is.EqualTo(firstFiles));
        }

        foreach (var file in firstFiles)
        {
            Assert.That(
                File.ReadAllBytes(Path.Combine(second.Path, file)),
                Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Path, file))),
                file);
        }
    }

    [Test]
    public void Write_DifferentSeed_WritesDifferentFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Generate(new SimulationOptions { Calls = 200, Seed = 1 }, first);
        Generate(new SimulationOptions { Calls = 200, Seed = 2 }, second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Bytes(ExportFiles.CallsPath(second.Path)), Is.Not.EqualTo(Bytes(ExportFiles.CallsPath(first.Path))));
            Assert.That(Bytes(ExportFiles.TruthPath(second.Path)), Is.Not.EqualTo(Bytes(ExportFiles.TruthPath(first.Path))));
        }
    }

    [Test]
    public void Write_DefaultOptions_WritesThreeHundredValidContacts()
    {
        using var directory = new TempDirectory();

        var result = Generate(new SimulationOptions(), directory);

        var (contacts, rejects, warnings) = ExportFiles.ReadCalls(directory.Path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Contacts, Is.EqualTo(300));
            Assert.That(contacts, Has.Count.EqualTo(300));
            Assert.That(rejects, Is.Empty);
            Assert.That(warnings, Is.Empty);
            Assert.That(result.Agents, Is.GreaterThanOrEqualTo(6), "a derived roster has at least six agents");
            Assert.That(contacts.Select(c => DateOnly.FromDateTime(c.StartedAt.DateTime)).Distinct().Count(), Is.EqualTo(7));
        }
    }

    [TestCase(1, 1, TestName = "Write_OneCallOneDay_WritesOneValidRow")]
    [TestCase(3, 30, TestName = "Write_FewerCallsThanDays_WritesEveryCall")]
    public void Write_TinyRun_WritesEveryCall(int calls, int days)
    {
        using var directory = new TempDirectory();

        var result = Generate(new SimulationOptions { Calls = calls, Days = days }, directory);

        var (contacts, rejects, _) = ExportFiles.ReadCalls(directory.Path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Contacts, Is.EqualTo(calls));
            Assert.That(contacts, Has.Count.EqualTo(calls));
            Assert.That(rejects, Is.Empty);
            Assert.That(ExportFiles.ReadTruth(directory.Path), Has.Count.EqualTo(calls));
        }
    }

    [Test]
    public void Write_OneAgent_NeverHandlesTwoContactsAtOnce()
    {
        using var directory = new TempDirectory();

        var result = Generate(new SimulationOptions { Calls = 150, Days = 2, Agents = 1 }, directory);

        var handled = ExportFiles.ReadCalls(directory.Path).Contacts.Where(c => !c.Abandoned).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Agents, Is.EqualTo(1));
            Assert.That(handled.Select(c => c.AgentId).Distinct(), Is.EqualTo(new[] { "A0001" }));
            Assert.That(result.Abandoned, Is.GreaterThan(0), "one agent cannot keep up with 75 calls a day");
        }

        // The agent is busy from answering (or dialling) until wrap-up ends.
        var busy = handled
            .Select(c => (
                From: c.Direction == ContactDirection.Outbound ? c.StartedAt : c.AnsweredAt!.Value,
                To: c.EndedAt.AddSeconds(c.AcwSeconds)))
            .OrderBy(b => b.From)
            .ToList();
        for (var i = 1; i < busy.Count; i++)
        {
            Assert.That(busy[i].From, Is.GreaterThanOrEqualTo(busy[i - 1].To), $"contact {i} starts before the previous one is wrapped up");
        }
    }

    [TestCase(0.0, 0, TestName = "Write_TextShareZero_WritesOnlyJson")]
    [TestCase(1.0, 1, TestName = "Write_TextShareOne_WritesOnlyText")]
    public void Write_TextTranscriptShare_PicksFormat(double share, int expectedTextShare)
    {
        using var directory = new TempDirectory();

        var result = Generate(new SimulationOptions { Calls = 60, TextTranscriptShare = share }, directory);

        var files = Directory.GetFiles(ExportFiles.TranscriptsPath(directory.Path));
        var text = files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(files, Has.Length.EqualTo(result.Transcripts));
            Assert.That(text, Is.EqualTo(expectedTextShare * files.Length));
        }
    }

    [Test]
    public void Write_OtherOffsetAndStartDate_StampsEveryTimestampWithThem()
    {
        using var directory = new TempDirectory();
        var offset = new TimeSpan(5, 30, 0);
        var start = new DateOnly(2027, 3, 1);

        Generate(new SimulationOptions { Calls = 80, Days = 3, UtcOffset = offset, StartDate = start }, directory);

        var contacts = ExportFiles.ReadCalls(directory.Path).Contacts;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(c => c.StartedAt.Offset).Distinct(), Is.EqualTo(new[] { offset }));
            Assert.That(contacts.Min(c => DateOnly.FromDateTime(c.StartedAt.DateTime)), Is.EqualTo(start));
            Assert.That(contacts.Max(c => DateOnly.FromDateTime(c.StartedAt.DateTime)), Is.EqualTo(start.AddDays(2)));
            Assert.That(File.ReadLines(ExportFiles.CallsPath(directory.Path)).ElementAt(1), Does.Contain("+05:30,"));
        }
    }

    private static IEnumerable<TestCaseData> InvalidOptions()
    {
        TestCaseData Case(SimulationOptions options, string option, string name) => new TestCaseData(options, option).SetName(name);

        yield return Case(new() { Calls = 0 }, "Calls", "Write_ZeroCalls_Throws");
        yield return Case(new() { Calls = 100_000_001 }, "Calls", "Write_TooManyCalls_Throws");
        yield return Case(new() { Days = 0 }, "Days", "Write_ZeroDays_Throws");
        yield return Case(new() { Days = 3_661 }, "Days", "Write_TooManyDays_Throws");
        yield return Case(new() { Agents = 0 }, "Agents", "Write_ZeroAgents_Throws");
        yield return Case(new() { Agents = 20_001 }, "Agents", "Write_TooManyAgents_Throws");
        yield return Case(new() { TextTranscriptShare = -0.1 }, "TextTranscriptShare", "Write_NegativeTextShare_Throws");
        yield return Case(new() { TextTranscriptShare = 1.5 }, "TextTranscriptShare", "Write_TextShareAboveOne_Throws");
        yield return Case(new() { TextTranscriptShare = double.NaN }, "TextTranscriptShare", "Write_NaNTextShare_Throws");
        yield return Case(new() { UtcOffset = TimeSpan.FromHours(15) }, "UtcOffset", "Write_OffsetBeyondFourteenHours_Throws");
        yield return Case(new() { UtcOffset = TimeSpan.FromSeconds(30) }, "UtcOffset", "Write_OffsetWithSeconds_Throws");
        yield return Case(new() { StartDate = new DateOnly(9999, 12, 1) }, "StartDate", "Write_StartDateTooLate_Throws");
        yield return Case(new() { TranscriptBytes = 4095 }, "TranscriptBytes", "Write_TranscriptBytesBelowMinimum_Throws");
        yield return Case(new() { TranscriptBytes = 262_145 }, "TranscriptBytes", "Write_TranscriptBytesAboveMaximum_Throws");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Write_InvalidOptions_ThrowsNamingTheOption(SimulationOptions options, string option)
    {
        using var directory = new TempDirectory();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Generate(options, directory));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Message, Does.StartWith(option + " must be"));
            Assert.That(exception.ParamName, Is.EqualTo("options"));
            Assert.That(Directory.Exists(directory.Path), Is.False, "nothing is written for invalid options");
        }
    }

    [Test]
    public void Write_NullOptions_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ExportSimulator.Write(null!, "unused", CancellationToken.None));
    }

    [Test]
    public void Write_BlankDirectory_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => ExportSimulator.Write(new SimulationOptions(), " ", CancellationToken.None));
    }

    [Test]
    public void Write_DirectoryAlreadyHoldsExport_ThrowsAndLeavesItAlone()
    {
        using var directory = new TempDirectory();
        Generate(new SimulationOptions { Calls = 20 }, directory);
        var before = File.ReadAllBytes(ExportFiles.CallsPath(directory.Path));

        Assert.Throws<IOException>(() => Generate(new SimulationOptions { Calls = 20, Seed = 9 }, directory));

        Assert.That(File.ReadAllBytes(ExportFiles.CallsPath(directory.Path)), Is.EqualTo(before));
    }

    [Test]
    public void Write_EmptyExistingDirectory_IsUsed()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(ExportFiles.TranscriptsPath(directory.Path));

        var result = Generate(new SimulationOptions { Calls = 10 }, directory);

        Assert.That(result.Contacts, Is.EqualTo(10));
    }

    [Test]
    public void Write_CancelledToken_ThrowsOperationCanceled()
    {
        using var directory = new TempDirectory();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(
            () => ExportSimulator.Write(new SimulationOptions(), directory.Path, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    private static SimulationResult Generate(SimulationOptions options, TempDirectory directory) =>
        ExportSimulator.Write(options, directory.Path, CancellationToken.None);

    private static byte[] Bytes(string path) => File.ReadAllBytes(path);

    private static List<string> RelativeFiles(string directory) =>
    [
        .. Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f))
            .Order(StringComparer.Ordinal),
    ];
}
