namespace InteractionAnalytics.Cli.Tests;

/// <summary>The result of one in-process <c>ia</c> invocation.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    /// <summary>Runs <c>ia</c> with <paramref name="input"/> as its (redirected) standard input.</summary>
    public static async Task<CliRun> RunWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CliApplication.RunAsync(args, output, error, isTerminal: false, TimeProvider.System, reader, isInputTerminal: false);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
