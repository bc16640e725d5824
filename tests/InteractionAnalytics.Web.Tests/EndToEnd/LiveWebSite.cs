using InteractionAnalytics.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// One test's web app on a real HTTP server (Kestrel) on a free loopback port, for a browser to reach: the app composed
/// by <see cref="WebApp.Build"/> as <c>ia serve</c> composes it, over a SQLite file of its own seeded exactly as
/// <see cref="WebTestSite"/> seeds it (the real ingest of <see cref="SeedExport"/>, the five users through the user store).
/// </summary>
internal sealed class LiveWebSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveWebSite(string root, WebApplication app, Uri address)
    {
        Root = root;
        _app = app;
        Address = address;
    }

    /// <summary>The test's temp directory (export, database).</summary>
    public string Root { get; }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public string DatabasePath => Path.Combine(Root, "web.db");

    /// <summary>Starts a site; <paramref name="configure"/>, when given, adjusts the options after the test defaults.</summary>
    public static async Task<LiveWebSite> StartAsync(Action<WebAppOptions>? configure = null)
    {
        var root = WebTestSite.NewRoot();
        var databasePath = await WebTestSite.SeedAsync(root);
        var options = new WebAppOptions
        {
            Database = databasePath,

            // Port 0: the system picks a free port, so parallel tests never collide; the bound address is read back below.
            Urls = "http://127.0.0.1:0",
            Taxonomy = WebTestSite.Taxonomy,
            MinSample = 1,
        };
        configure?.Invoke(options);
        var app = WebApp.Build(options, [], builder =>
        {
            builder.Logging.ClearProviders();

            // Keys in the test's own directory: nothing written to the user profile.
            builder.Services.AddDataProtection().PersistKeysToFileSystem(WebTestSite.KeysDirectory(root));
        });
        try
        {
            await app.StartAsync();
            var address = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
            return new LiveWebSite(root, app, new Uri(address + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            WebTestSite.DeleteRoot(root);
            throw;
        }
    }

    /// <summary>The absolute URL of a site path such as <c>/contacts</c>.</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task<InteractionDatabase> OpenDatabaseAsync() =>
        await InteractionDatabase.OpenAsync(DatabasePath, TimeProvider.System, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        WebTestSite.DeleteRoot(Root);
    }
}
