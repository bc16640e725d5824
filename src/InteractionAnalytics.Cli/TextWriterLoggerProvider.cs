using System.Globalization;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli;

/// <summary>
/// Plain, synchronous log lines (<c>HH:mm:ss level message</c>) on a <see cref="TextWriter"/>. The console
/// logger of Microsoft.Extensions.Logging writes from a background thread, which can lose the last lines of a
/// short batch run and interleaves with progress; a nightly job's log must be complete and in order.
/// </summary>
internal sealed class TextWriterLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public TextWriterLoggerProvider(TextWriter writer, TimeProvider time)
    {
        _writer = writer;
        _time = time;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() => _writer.Flush();

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var label = level switch
        {
            LogLevel.Critical => "crit",
            LogLevel.Error => "fail",
            LogLevel.Warning => "warn",
            LogLevel.Information => "info",
            _ => "dbug",
        };
        var stamp = _time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _writer.WriteLine($"{stamp} {label} {message}");
            if (exception is not null && level >= LogLevel.Error)
            {
                _writer.WriteLine(exception.ToString());
            }
        }
    }

    private sealed class Logger(TextWriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
