using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline.Hostile;

/// <summary>Keeps the warnings a run logs, so a test can assert that a hostile record was warned about and why.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<string> _warnings = [];

    /// <summary>The formatted messages logged at warning level or above, in order.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_warnings)
            {
                return [.. _warnings];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (logLevel < LogLevel.Warning)
        {
            return;
        }

        lock (_warnings)
        {
            _warnings.Add(formatter(state, exception));
        }
    }
}
