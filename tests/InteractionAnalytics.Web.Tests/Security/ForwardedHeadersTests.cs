using System.Net;
using InteractionAnalytics.Web.Tests.EndToEnd;

namespace InteractionAnalytics.Web.Tests.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto over a real loopback connection (Kestrel, client 127.0.0.1): believed only from
/// a known proxy, for the sign-in cookie's Secure flag and the sign-in limits' client address.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Loopback = "127.0.0.1";

    private static HttpClient ClientFor(LiveWebSite site) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = site.Address };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string? forwardedFor = null, string? forwardedProto = null)
    {
        var token = await Html.AntiforgeryTokenAsync(client, "/signin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = Html.Form(("Name", name), ("Password", password), ("__RequestVerificationToken", token)),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await client.SendAsync(request);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(WebApp.CookieName + "=", StringComparison.Ordinal));

    [TestCase(Loopback, true, TestName = "KnownProxy_SecureCookie")]
    [TestCase("10.9.9.9", false, TestName = "UnknownProxy_HeaderIgnored")]
    public async Task ForwardedProtoHttps_CookieSecureOnlyFromAKnownProxy(string knownProxy, bool secure)
    {
        await using var site = await LiveWebSite.StartAsync(o => o.KnownProxies.Add(knownProxy));
        using var client = ClientFor(site);

        using var response = await SignInAsync(client, WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix, forwardedProto: "https");
        var cookie = AuthCookie(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(cookie, secure ? Does.Contain("; secure") : Does.Not.Contain("secure"));
        }
    }

    [Test]
    public async Task NoProxyConfigured_ForwardedProtoIgnored()
    {
        await using var site = await LiveWebSite.StartAsync();
        using var client = ClientFor(site);

        using var response = await SignInAsync(client, WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix, forwardedProto: "https");

        Assert.That(AuthCookie(response), Does.Not.Contain("secure"));
    }

    [Test]
    public async Task KnownProxy_LimitsKeyOnTheForwardedClient()
    {
        await using var site = await LiveWebSite.StartAsync(o =>
        {
            o.KnownProxies.Add(Loopback);
            o.SignInFailuresPerAddress = 3;
        });
        using var client = ClientFor(site);
        for (var i = 0; i < 3; i++)
        {
            using var failure = await SignInAsync(client, "nobody-" + i, "wrong-password", forwardedFor: "203.0.113.7");
        }

        using var sameClient = await SignInAsync(client, WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix, forwardedFor: "203.0.113.7");
        using var otherClient = await SignInAsync(ClientFor(site), WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix, forwardedFor: "203.0.113.8");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sameClient.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the forwarded client is locked, whatever the name");
            Assert.That(otherClient.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another client behind the same proxy is not");
        }
    }

    [Test]
    public async Task UnknownProxy_LimitsKeyOnTheConnection_ForwardedForIgnored()
    {
        await using var site = await LiveWebSite.StartAsync(o =>
        {
            o.KnownProxies.Add("10.9.9.9");
            o.SignInFailuresPerAddress = 3;
        });
        using var client = ClientFor(site);
        for (var i = 0; i < 3; i++)
        {
            using var failure = await SignInAsync(client, "nobody-" + i, "wrong-password", forwardedFor: "203.0.113.7");
        }

        using var spoofed = await SignInAsync(ClientFor(site), WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix, forwardedFor: "203.0.113.8");

        Assert.That(spoofed.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "a made-up X-Forwarded-For does not escape the connection's lock");
    }
}
