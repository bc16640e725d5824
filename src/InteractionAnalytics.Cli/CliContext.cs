using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli;

/// <summary>What every command gets from the host: where to write, whether a person is watching, the clock and logging.</summary>
/// <param name="Output">Results (reports, summaries): standard output.</param>
/// <param name="Error">Logs, progress and errors: standard error.</param>
/// <param name="IsTerminal">Standard error is a terminal, so live progress can redraw; otherwise plain log lines.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logging">Creates loggers that write to <paramref name="Error"/>.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool IsTerminal, TimeProvider Time, ILoggerFactory Logging)
{
    /// <summary>Standard input, for commands that read a secret (<c>ia users add</c> reads the password from it). Default: empty.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>Standard input is a terminal (a person typing), so a secret is read key by key without echo.</summary>
    public bool IsInputTerminal { get; init; }
}
