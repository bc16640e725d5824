using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli;

/// <summary>What every command gets from the host: where to write, whether a person is watching, the clock and logging.</summary>
/// <param name="Output">Results (reports, summaries): standard output.</param>
/// <param name="Error">Logs, progress and errors: standard error.</param>
/// <param name="IsTerminal">Standard error is a terminal, so live progress can redraw; otherwise plain log lines.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logging">Creates loggers that write to <paramref name="Error"/>.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool IsTerminal, TimeProvider Time, ILoggerFactory Logging);
