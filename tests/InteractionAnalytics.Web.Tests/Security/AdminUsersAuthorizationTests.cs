using System.Net;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Web.Tests.Security;

/// <summary>The authorization matrix of <c>/admin/users</c>: anonymous → sign-in, non-admins → 403, no token → 400.</summary>
public sealed class AdminUsersAuthorizationTests
{
    // sue is the second seeded user.
    private const string SuePath = "/admin/users/2";

    [TestCase("/admin/users", "", TestName = "AddUser")]
    [TestCase(SuePath, "?handler=Role", TestName = "SetRole")]
    [TestCase(SuePath, "?handler=Status", TestName = "SetStatus")]
    [TestCase(SuePath, "?handler=Password", TestName = "SetPassword")]
    public async Task Post_Anonymous_RedirectsToSignInAndStoresNothing(string path, string handler)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.PostAsync(path + handler, Html.Form(("Name", "eve"), ("Role", "admin"), ("Disable", "true")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Does.StartWith("/signin?returnUrl="));
            await AssertNothingChangedAsync(site);
        }
    }

    [TestCase(WebTestSite.Supervisor, "/admin/users", TestName = "SupervisorList")]
    [TestCase(WebTestSite.Qa, "/admin/users", TestName = "QaList")]
    [TestCase(WebTestSite.AgentA1, "/admin/users", TestName = "AgentList")]
    [TestCase(WebTestSite.Supervisor, SuePath, TestName = "SupervisorOwnUser")]
    [TestCase(WebTestSite.AgentA1, "/admin/users/4", TestName = "AgentOwnUser")]
    public async Task Get_NonAdmin_Forbidden(string user, string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(WebTestSite.Supervisor, "/admin/users", TestName = "SupervisorAdds")]
    [TestCase(WebTestSite.Qa, SuePath + "?handler=Role", TestName = "QaPromotes")]
    [TestCase(WebTestSite.Supervisor, SuePath + "?handler=Role", TestName = "SupervisorPromotesThemself")]
    [TestCase(WebTestSite.AgentA1, SuePath + "?handler=Status", TestName = "AgentDisables")]
    [TestCase(WebTestSite.Supervisor, SuePath + "?handler=Password", TestName = "SupervisorSetsPassword")]
    public async Task Post_NonAdminWithToken_ForbiddenAndStoresNothing(string user, string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);
        var token = await Html.AntiforgeryTokenAsync(client, "/contacts");

        using var response = await client.PostAsync(path, Html.Form(
            ("Name", "eve"), ("Role", "admin"), ("Disable", "true"), ("Password", "long-enough-1"), ("ConfirmPassword", "long-enough-1"),
            ("__RequestVerificationToken", token)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            await AssertNothingChangedAsync(site);
        }
    }

    [TestCase("/admin/users", TestName = "AddUser")]
    [TestCase(SuePath + "?handler=Role", TestName = "SetRole")]
    [TestCase(SuePath + "?handler=Status", TestName = "SetStatus")]
    [TestCase(SuePath + "?handler=Password", TestName = "SetPassword")]
    public async Task Post_AdminWithoutToken_RejectedAndStoresNothing(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await client.PostAsync(path, Html.Form(
            ("Name", "eve"), ("Role", "admin"), ("Disable", "true"), ("Password", "long-enough-1"), ("ConfirmPassword", "long-enough-1")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            await AssertNothingChangedAsync(site);
        }
    }

    private static async Task AssertNothingChangedAsync(WebTestSite site)
    {
        await using var database = await site.OpenDatabaseAsync();
        var users = await database.Users.ListAsync(CancellationToken.None);
        Assert.That(users.Select(u => (u.Name, u.Role, u.Disabled)), Is.EquivalentTo(new[]
        {
            (WebTestSite.Admin, "admin", false), (WebTestSite.Supervisor, "supervisor", false), (WebTestSite.Qa, "qa", false),
            (WebTestSite.AgentA1, "agent", false), (WebTestSite.AgentA2, "agent", false),
        }));
        Assert.That((await database.AuditLog.ListAsync(AuditEntities.User, WebTestSite.Supervisor, CancellationToken.None)).Count, Is.EqualTo(1));
    }
}
