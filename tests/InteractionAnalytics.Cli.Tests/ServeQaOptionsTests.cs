namespace InteractionAnalytics.Cli.Tests;

/// <summary><c>ia serve --qa-form / --qa-cues</c>: a bad file stops the server at start with the parser's message.</summary>
public sealed class ServeQaOptionsTests
{
    [Test]
    public async Task Serve_BadQaForm_FailsAtStartWithTheParsersMessage()
    {
        using var temp = new TempDirectory();
        var form = temp.Combine("form.json");
        await File.WriteAllTextAsync(form, """
            {"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":0}]}]}
            """);

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", "http://127.0.0.1:0", "--qa-form", form);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("error: --qa-form: Section 's' (section #1), question 'q': weight 0 must be greater than 0"));
    }

    [Test]
    public async Task Serve_BadQaCues_FailsAtStartWithTheParsersMessage()
    {
        using var temp = new TempDirectory();
        var cues = temp.Combine("cues.json");
        await File.WriteAllTextAsync(cues, """{"version":1,"rules":[{"id":"x","root_cause":"smile","pattern":"smile","weight":1}]}""");

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", "http://127.0.0.1:0", "--qa-cues", cues);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("error: --qa-cues: ").And.Contain("smile"));
    }

    [Test]
    public async Task Serve_MissingQaForm_FailsAtStart()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", "http://127.0.0.1:0", "--qa-form", temp.Combine("missing.json"));

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("error: --qa-form: "));
    }

    [Test]
    public async Task Serve_MissingQaCues_NamesTheCuesOption()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", "http://127.0.0.1:0", "--qa-cues", temp.Combine("missing.json"));

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("error: --qa-cues: "));
    }

    [Test]
    public async Task Serve_QaMinEvaluationsZero_Refused()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", "http://127.0.0.1:0", "--qa-min-evaluations", "0");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("error: --qa-min-evaluations must be 1 or more"));
    }
}
