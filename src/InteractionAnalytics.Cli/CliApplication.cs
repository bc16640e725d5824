using System.CommandLine;
using InteractionAnalytics.Cli.Commands;
using InteractionAnalytics.Storage.PostgreSql;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli;

/// <summary>Builds and runs the <c>ia</c> command line.</summary>
internal static class CliApplication
{
    /// <summary>Runs <c>ia</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="isTerminal">Standard error is a terminal.</param>
    /// <param name="time">The clock.</param>
    /// <param name="input">Standard input; <see langword="null"/> for none.</param>
    /// <param name="isInputTerminal">Standard input is a terminal (secrets are then read without echo).</param>
    /// <param name="cancellationToken">Stops the command (as Ctrl+C does); for hosts and tests that run a long command such as <c>serve</c>.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, bool isTerminal, TimeProvider time, TextReader? input = null, bool isInputTerminal = false,
        CancellationToken cancellationToken = default)
    {
        // --db may name a PostgreSQL server; Storage opens it through the provider this host carries.
        PostgreSqlDatabaseProvider.Register();
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddProvider(new TextWriterLoggerProvider(error, time)));
        var context = new CliContext(output, error, isTerminal, time, logging) { Input = input ?? TextReader.Null, IsInputTerminal = isInputTerminal };
        var root = new RootCommand(
            "InteractionAnalytics: contact-center analytics that puts handle time (the output) next to resolution (the outcome).\n" +
            "Ingest a night's ACD export into SQL, then report AHT, abandonment and transfers by day, agent, team or queue,\n" +
            "or serve the supervisor and QA web app.")
        {
            IngestCommand.Create(context),
            WorkerCommand.Create(context),
            ScheduleCommand.Create(context),
            ReportCommand.Create(context),
            GenerateCommand.Create(context),
            RunsCommand.Create(context),
            RejectsCommand.Create(context),
            AudioCommand.Create(context),
            TrainCommand.Create(context),
            EvaluateCommand.Create(context),
            ClassifyCommand.Create(context),
            ServeCommand.Create(context),
            UsersCommand.Create(context),
            DeleteCommand.Create(context),
            PurgeCommand.Create(context),
        };

        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
