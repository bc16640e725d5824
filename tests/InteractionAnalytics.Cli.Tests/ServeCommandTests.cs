using System.Net;
using System.Net.Sockets;

namespace InteractionAnalytics.Cli.Tests;

public sealed class ServeCommandTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Serve_OnAFreePort_ServesTheAppFromTheCliHostUntilCancelled(CancellationToken testCancellation)
    {
        // The CLI is the entry assembly here, not the web project: the pages and the style sheet must still be found.
        using var temp = new TempDirectory();
        await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "ana", "--role", "supervisor", "--db", temp.Database);
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(testCancellation);
        var output = new StringWriter();
        var error = new StringWriter();
        var serve = CliApplication.RunAsync(["serve", "--db", temp.Database, "--urls", url], output, error, isTerminal: false, TimeProvider.System,
            cancellationToken: stop.Token);

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var signIn = await WaitForAsync(client, "/signin", serve, testCancellation);
        var signInBody = await signIn.Content.ReadAsStringAsync(testCancellation);
        using var css = await client.GetAsync("/static/app.css", testCancellation);
        using var overview = await client.GetAsync("/", testCancellation);
        await stop.CancelAsync();
        var exitCode = await serve;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), error.ToString());
            Assert.That(signInBody, Does.Contain("<h1>Sign in</h1>"));
            Assert.That(signIn.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
            Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(overview.Headers.Location?.ToString(), Does.Contain("/signin?returnUrl=%2F"));
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(error.ToString(), Does.Contain($"ia serve: {url}"));
            Assert.That(error.ToString(), Does.Contain($"info Now listening on: {url}"), "the app logs through the CLI's writer");
        }

        signIn.Dispose();
    }

    [Test]
    public async Task Serve_PortInUse_FailsWithAMessage()
    {
        using var temp = new TempDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", $"http://127.0.0.1:{port}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Error, Does.Contain("error: "));
        }
    }

    [Test]
    public async Task Serve_KnownProxyNotAnAddress_FailsBeforeListening()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("serve", "--db", temp.Database, "--urls", $"http://127.0.0.1:{FreePort()}", "--known-proxy", "10.0.0.5", "--known-proxy", "proxy.local");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Error, Does.Contain("--known-proxy 'proxy.local' is not an IP address"));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string path, Task<int> server, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (server.IsCompleted)
            {
                throw new InvalidOperationException($"ia serve ended with exit code {await server} before answering.");
            }

            try
            {
                return await client.GetAsync(path, cancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
