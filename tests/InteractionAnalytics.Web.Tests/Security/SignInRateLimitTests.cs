using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Web.Tests.Security;

/// <summary>The sign-in form under the failure limits (defaults: 5 per name in 15 minutes), on a fake clock.</summary>
public sealed class SignInRateLimitTests
{
    private const string Right = WebTestSite.Supervisor + WebTestSite.PasswordSuffix;

    private static async Task<(WebTestSite Site, FakeTimeProvider Time)> StartAsync()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var site = await WebTestSite.StartAsync(services => services.AddSingleton<TimeProvider>(time));
        return (site, time);
    }

    [Test]
    public async Task FiveFailures_ThenEvenTheRightPassword429_UntilTheWindowPasses()
    {
        var (site, time) = await StartAsync();
        await using var _ = site;
        using var client = site.CreateClient();
        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var failure = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "wrong-" + i);
            failures.Add(failure.StatusCode);
        }

        using var locked = await WebTestSite.SignInAsync(client, "SUE", Right);
        var lockedBody = await locked.Content.ReadAsStringAsync();
        using var lockedWrong = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "wrong-again");
        using var otherName = await WebTestSite.SignInAsync(client, WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix);
        time.Advance(TimeSpan.FromMinutes(15));
        using var afterWindow = await WebTestSite.SignInAsync(site.CreateClient(), WebTestSite.Supervisor, Right);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Has.All.EqualTo(HttpStatusCode.OK));
            Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the right password does not get in during the lock");
            Assert.That(locked.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(lockedBody, Does.Contain("Too many failed sign-ins. Wait about 15 minutes before trying again"));
            Assert.That(locked.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.StartsWith(WebApp.CookieName + "="));
            Assert.That(lockedWrong.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "right or wrong, the same answer: no password is checked");
            Assert.That(otherName.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another name signs in");
            Assert.That(afterWindow.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the failures left the window");
        }
    }

    [Test]
    public async Task Lockout_LoggedWithTheSanitisedName()
    {
        var logs = new CapturingLoggerProvider();
        await using var site = await WebTestSite.StartAsync(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = site.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            using var failure = await WebTestSite.SignInAsync(client, "eve\nforged line", "wrong-" + i);
        }

        var lines = logs.Messages.Where(m => m.Contains("locked", StringComparison.Ordinal)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Some.StartsWith("Sign-in locked after too many failures: name eve?forged line, client address "));
            Assert.That(lines, Has.Some.StartsWith("Sign-in refused while locked, password not checked: name eve?forged line"));
            Assert.That(logs.Messages, Has.None.Contains("wrong-"), "never a password");
        }
    }

    [Test]
    public async Task Success_ResetsTheNamesCount()
    {
        var (site, _) = await StartAsync();
        await using var __ = site;
        using var client = site.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            using var failure = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "wrong-" + i);
        }

        using var success = await WebTestSite.SignInAsync(site.CreateClient(), WebTestSite.Supervisor, Right);
        var afterSuccess = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var failure = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "wrong-" + i);
            afterSuccess.Add(failure.StatusCode);
        }

        using var fifth = await WebTestSite.SignInAsync(site.CreateClient(), WebTestSite.Supervisor, Right);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(success.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(afterSuccess, Has.All.EqualTo(HttpStatusCode.OK), "four failures after a success do not lock");
            Assert.That(fifth.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }
    }
}
