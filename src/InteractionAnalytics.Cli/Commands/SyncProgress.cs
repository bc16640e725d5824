namespace InteractionAnalytics.Cli.Commands;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler on the reporting thread. <see cref="Progress{T}"/>
/// posts to the thread pool, so reports could arrive after the run ended or out of order.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
