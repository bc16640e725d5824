using Microsoft.Playwright;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// Debian's chromium driven by Playwright's bundled driver (the Node.js it ships in the package, copied next to the
/// tests at build time). The browser is never downloaded: its executable path is always given, <c>IA_CHROMIUM</c> when
/// set, else <c>/usr/bin/chromium</c>. A missing browser fails the test; it is not skipped.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    /// <summary>The environment variable that overrides where chromium is.</summary>
    public const string ExecutableVariable = "IA_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts it.</summary>
    public const string DefaultExecutable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The chromium the tests drive.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : DefaultExecutable;

    /// <summary>Starts a headless chromium, or fails the test with how to install it.</summary>
    public static async Task<Chromium> LaunchAsync()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            Assert.Fail($"No chromium at {path} ({ExecutableVariable} if set, else {DefaultExecutable}): "
                + "install Debian's chromium: apt-get install chromium; .ci/run does.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,

                // CI runs as root, where chromium's sandbox cannot start; containers often give /dev/shm only 64 MB,
                // which chromium's renderers outgrow, so they use /tmp instead.
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new page in a context of its own (own cookies) on <paramref name="site"/>, <paramref name="width"/> px wide.</summary>
    public async Task<BrowserPage> NewPageAsync(LiveWebSite site, int width)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        try
        {
            return new BrowserPage(context, await context.NewPageAsync());
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
