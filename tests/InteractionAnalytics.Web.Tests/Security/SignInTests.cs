using System.Net;
using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Web.Tests.Security;

public sealed class SignInTests
{
    private const string Generic = "Wrong name or password.";

    [Test]
    public async Task SignIn_WrongPassword_GenericMessageAndNoSession()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "not-the-password");
        var body = await response.Content.ReadAsStringAsync();
        using var overview = await client.GetAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain(Generic));
            Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.StartsWith(WebApp.CookieName + "="));
            Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "still signed out");
        }
    }

    [Test]
    public async Task SignIn_UnknownNameOrDisabledUser_SameAnswerAsWrongPassword()
    {
        await using var site = await WebTestSite.StartAsync();
        await using (var database = await site.OpenDatabaseAsync())
        {
            await database.Users.DisableAsync(WebTestSite.Qa, "test", TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }

        using var client = site.CreateClient();

        var wrongPassword = await BodyWithoutTokensAsync(await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, "not-the-password"));
        var unknownName = await BodyWithoutTokensAsync(await WebTestSite.SignInAsync(client, "nobody-" + WebTestSite.Supervisor, "not-the-password"));
        var disabled = await BodyWithoutTokensAsync(
            await WebTestSite.SignInAsync(client, WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrongPassword, Does.Contain(Generic));
            Assert.That(unknownName.Replace("nobody-" + WebTestSite.Supervisor, WebTestSite.Supervisor, StringComparison.Ordinal), Is.EqualTo(wrongPassword));
            Assert.That(disabled.Replace(WebTestSite.Qa, WebTestSite.Supervisor, StringComparison.Ordinal), Is.EqualTo(wrongPassword));
        }
    }

    [Test]
    public async Task SignIn_RightPassword_SetsHttpOnlyStrictCookieAndReachesOverview()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix, returnUrl: "/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(WebApp.CookieName + "=", StringComparison.Ordinal));
        using var overview = await client.GetAsync("/");
        var body = await overview.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo("/"));
            Assert.That(cookie, Does.Contain("httponly").IgnoreCase);
            Assert.That(cookie, Does.Contain("samesite=strict").IgnoreCase);
            Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain("AHT and FCR by intent"));
            Assert.That(body, Does.Contain($"<span class=\"user-name\">{WebTestSite.Supervisor}</span>"));
            Assert.That(body, Does.Contain($"<span class=\"role\">{UserRoles.Supervisor}</span>"));
        }
    }

    [Test]
    public async Task SignIn_NameInOtherCase_SignsIn()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor.ToUpperInvariant(), WebTestSite.Supervisor + WebTestSite.PasswordSuffix);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase("https://evil.invalid/", TestName = "AbsoluteUrl")]
    [TestCase("//evil.invalid/", TestName = "ProtocolRelative")]
    public async Task SignIn_ReturnUrlNotLocal_GoesToOverview(string returnUrl)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await WebTestSite.SignInAsync(client, WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix, returnUrl);

        Assert.That(Html.RedirectTarget(response), Is.EqualTo("/"));
    }

    [Test]
    public async Task SignOut_Post_EndsTheSession()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, "/");

        using var signOut = await client.PostAsync("/signout", Html.Form(("__RequestVerificationToken", token)));
        using var after = await client.GetAsync("/contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(signOut), Is.EqualTo("/signin"));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }
    }

    [Test]
    public async Task Session_UserDisabledAfterSignIn_EndsAtNextRequest()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        using var before = await client.GetAsync("/contacts");
        await using (var database = await site.OpenDatabaseAsync())
        {
            await database.Users.DisableAsync(WebTestSite.Supervisor, "test", TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }

        using var after = await client.GetAsync("/contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(after), Does.StartWith("/signin"));
        }
    }

    // The page differs between two answers only in its anti-forgery token (random) and the name echoed in the form.
    private static async Task<string> BodyWithoutTokensAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            return System.Text.RegularExpressions.Regex.Replace(body, "value=\"CfDJ[^\"]*\"", "value=\"token\"");
        }
    }
}
