using InteractionAnalytics.Storage;
using Microsoft.Extensions.Options;

namespace InteractionAnalytics.Web;

/// <summary>
/// The app's one <see cref="InteractionDatabase"/>: opened (and migrated) when the host starts, before the server takes
/// requests, so a wrong <c>--db</c> fails at start, not at the first page; disposed with the host.
/// </summary>
public sealed partial class WebDatabase : IHostedLifecycleService, IAsyncDisposable
{
    private readonly IOptions<WebAppOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WebDatabase> _logger;
    private InteractionDatabase? _database;

    /// <summary>Creates the holder; the database opens in <see cref="StartingAsync"/>.</summary>
    public WebDatabase(IOptions<WebAppOptions> options, TimeProvider time, ILogger<WebDatabase> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The open database.</summary>
    /// <exception cref="InvalidOperationException">The host has not started.</exception>
    public InteractionDatabase Database => _database ?? throw new InvalidOperationException("The database opens when the host starts.");

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        _database ??= await InteractionDatabase.OpenAsync(_options.Value.Database, _time, cancellationToken);
        LogOpened(_logger, _database.Description);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Description} is open and up to date")]
    private static partial void LogOpened(ILogger logger, string description);
}
