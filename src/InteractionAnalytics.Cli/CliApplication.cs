using System.CommandLine;
using InteractionAnalytics.Cli.Commands;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli;

/// <summary>Builds and runs the <c>ia</c> command line.</summary>
internal static class CliApplication
{
    /// <summary>Runs <c>ia</c> with <paramref name="args"/>.</summary>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool isTerminal, TimeProvider time)
    {
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddProvider(new TextWriterLoggerProvider(error, time)));
        var context = new CliContext(output, error, isTerminal, time, logging);
        var root = new RootCommand(
            "InteractionAnalytics: contact-center analytics that puts handle time (the output) next to resolution (the outcome).\n" +
            "Ingest a night's ACD export into SQL, then report AHT, abandonment and transfers by day, agent, team or queue.")
        {
            IngestCommand.Create(context),
            ReportCommand.Create(context),
            GenerateCommand.Create(context),
            RunsCommand.Create(context),
            RejectsCommand.Create(context),
            AudioCommand.Create(context),
            TrainCommand.Create(context),
            EvaluateCommand.Create(context),
            ClassifyCommand.Create(context),
        };

        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(invocation);
    }
}
