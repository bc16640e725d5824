using System.Net;
using System.Text.RegularExpressions;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace InteractionAnalytics.Web.Tests.Pages;

/// <summary>User management in the browser (<c>/admin/users</c>): list, add, role, disable and enable, password, guard rails.</summary>
public sealed class AdminUsersTests
{
    private const string NewPassword = "brand-new-Passw0rd";

    private static async Task<StoredUser> UserAsync(WebTestSite site, string name)
    {
        await using var database = await site.OpenDatabaseAsync();
        return (await database.Users.GetByNameAsync(name, CancellationToken.None))!;
    }

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(WebTestSite site, string name)
    {
        await using var database = await site.OpenDatabaseAsync();
        return await database.AuditLog.ListAsync(AuditEntities.User, name, CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = await Html.AntiforgeryTokenAsync(client, path.Split('?')[0]);
        return await client.PostAsync(path, Html.Form([.. fields, ("__RequestVerificationToken", token)]));
    }

    [Test]
    public async Task List_Admin_EveryUserWithRoleAgentIdAndStatus_NeverAHash()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Admin);
        var al = await UserAsync(site, WebTestSite.AgentA1);

        var body = await client.GetStringAsync("/admin/users");

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in new[] { WebTestSite.Admin, WebTestSite.Supervisor, WebTestSite.Qa, WebTestSite.AgentA1, WebTestSite.AgentA2 })
            {
                Assert.That(body, Does.Contain($">{name}</a>"));
            }

            Assert.That(body, Does.Contain("<td>agent</td>").And.Contain("<td>A1</td>").And.Contain("<td>enabled</td>"));
            Assert.That(body, Does.Contain("5 users, 5 enabled"));
            Assert.That(body, Does.Not.Contain(al.PasswordHash));
            Assert.That(body, Does.Contain("<a href=\"/admin/users\">Users</a>"), "the nav link");
            Assert.That(body, Does.Contain("name=\"ConfirmPassword\""));
        }
    }

    [TestCase(WebTestSite.Supervisor)]
    [TestCase(WebTestSite.Qa)]
    [TestCase(WebTestSite.AgentA1)]
    public async Task NonAdmin_NoNavLink(string name)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(name);

        var body = await client.GetStringAsync("/contacts");

        Assert.That(body, Does.Not.Contain("/admin/users"));
    }

    [Test]
    public async Task Add_Valid_StoredHashedAuditedAndCanSignIn()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await PostAsync(client, "/admin/users",
            ("Name", " Nia "), ("Role", UserRoles.Agent), ("AgentId", "A2"), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        var stored = await UserAsync(site, "nia");
        var page = await client.GetStringAsync(Html.RedirectTarget(response)!);
        var audit = await AuditAsync(site, "Nia");
        using var nia = site.CreateClient();
        using var signIn = await WebTestSite.SignInAsync(nia, "nia", NewPassword);
        var contacts = await nia.GetStringAsync("/contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo($"/admin/users/{stored.UserId}?done=added"));
            Assert.That((stored.Name, stored.Role, stored.AgentId, stored.Disabled), Is.EqualTo(("Nia", UserRoles.Agent, (string?)"A2", false)));
            Assert.That(new UserPasswordHasher().Verify(stored, NewPassword), Is.EqualTo(PasswordVerificationResult.Success));
            Assert.That(page, Does.Contain("User added."));
            Assert.That(audit.Single().UserName, Is.EqualTo(WebTestSite.Admin));
            Assert.That(audit.Single().AfterJson, Does.Not.Contain(NewPassword).And.Not.Contain(stored.PasswordHash));
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(contacts, Does.Contain(SeedExport.A2First).And.Not.Contain(SeedExport.A1First), "an agent sees their own contacts");
        }
    }

    [TestCase("nia", UserRoles.Qa, "", NewPassword, "other-Passw0rd", "The two passwords differ", TestName = "PasswordsDiffer")]
    [TestCase("nia", UserRoles.Qa, "", "short7", "short7", "shorter than 8 characters", TestName = "PasswordTooShort")]
    [TestCase("nia", UserRoles.Agent, "", NewPassword, NewPassword, "needs an agent id", TestName = "AgentWithoutAgentId")]
    [TestCase("nia", UserRoles.Supervisor, "A1", NewPassword, NewPassword, "Only a user with role agent has an agent id", TestName = "SupervisorWithAgentId")]
    [TestCase("nia", "root", "", NewPassword, NewPassword, "Choose a role", TestName = "UnknownRole")]
    [TestCase("SUE", UserRoles.Qa, "", NewPassword, NewPassword, "A user with that name exists", TestName = "NameTaken")]
    [TestCase(" ", UserRoles.Qa, "", NewPassword, NewPassword, "A name has 1 to 64 characters", TestName = "EmptyName")]
    public async Task Add_Invalid_ExplainsAndStoresNothing(string name, string role, string agentId, string password, string confirm, string message)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await PostAsync(client, "/admin/users",
            ("Name", name), ("Role", role), ("AgentId", agentId), ("Password", password), ("ConfirmPassword", confirm));
        var body = await response.Content.ReadAsStringAsync();
        await using var database = await site.OpenDatabaseAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain(message));
            Assert.That(body, Does.Not.Contain(password), "a password is never shown back");
            Assert.That(await database.Users.ListAsync(CancellationToken.None), Has.Count.EqualTo(5));
        }
    }

    [Test]
    public async Task SetRole_AppliesToTheUsersSessionAtTheirNextRequest()
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);
        using var sue = await site.SignedInAsync(WebTestSite.Supervisor);
        var stored = await UserAsync(site, WebTestSite.Supervisor);
        using var before = await sue.GetAsync("/review");

        using var response = await PostAsync(admin, $"/admin/users/{stored.UserId}?handler=Role",
            ("Role", UserRoles.Agent), ("AgentId", "A1"), ("Reason", "moved to the phones"));
        using var review = await sue.GetAsync("/review");
        var contacts = await sue.GetStringAsync("/contacts");
        var page = await admin.GetStringAsync(Html.RedirectTarget(response)!);
        var audit = await AuditAsync(site, WebTestSite.Supervisor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the same cookie, the new role");
            Assert.That(contacts, Does.Contain(SeedExport.A1First).And.Not.Contain(SeedExport.A2First), "and the new agent id");
            Assert.That(page, Does.Contain("Role saved.").And.Contain("moved to the phones"));
            Assert.That(audit[^1].Action, Is.EqualTo(AuditActions.ChangeUserRole));
            Assert.That((audit[^1].BeforeJson, audit[^1].AfterJson),
                Is.EqualTo(("{\"role\":\"supervisor\",\"agent_id\":null}", "{\"role\":\"agent\",\"agent_id\":\"A1\"}")));
        }
    }

    [Test]
    public async Task DisableThenEnable_SessionEndsThenSignsInAgain()
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);
        using var bea = await site.SignedInAsync(WebTestSite.AgentA2);
        var stored = await UserAsync(site, WebTestSite.AgentA2);

        using var disable = await PostAsync(admin, $"/admin/users/{stored.UserId}?handler=Status", ("Disable", "true"), ("Reason", "left"));
        using var afterDisable = await bea.GetAsync("/contacts");
        using var enable = await PostAsync(admin, $"/admin/users/{stored.UserId}?handler=Status", ("Disable", "false"));
        using var again = site.CreateClient();
        using var signIn = await WebTestSite.SignInAsync(again, WebTestSite.AgentA2, WebTestSite.AgentA2 + WebTestSite.PasswordSuffix);
        var audit = await AuditAsync(site, WebTestSite.AgentA2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Html.RedirectTarget(disable), Is.EqualTo($"/admin/users/{stored.UserId}?done=disabled"));
            Assert.That(afterDisable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(afterDisable), Does.StartWith("/signin"));
            Assert.That(Html.RedirectTarget(enable), Is.EqualTo($"/admin/users/{stored.UserId}?done=enabled"));
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(audit.Select(a => (a.Action, a.Reason)),
                Is.EqualTo(new[] { (AuditActions.AddUser, (string?)null), (AuditActions.DisableUser, "left"), (AuditActions.EnableUser, null) }));
        }
    }

    [Test]
    public async Task ResetPassword_NewWorksOldDoesNot_AuditedWithoutIt()
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);
        var stored = await UserAsync(site, WebTestSite.Qa);

        using var mismatch = await PostAsync(admin, $"/admin/users/{stored.UserId}?handler=Password", ("Password", NewPassword), ("ConfirmPassword", "x" + NewPassword));
        using var response = await PostAsync(admin, $"/admin/users/{stored.UserId}?handler=Password", ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        using var oldClient = site.CreateClient();
        using var old = await WebTestSite.SignInAsync(oldClient, WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix);
        using var newClient = site.CreateClient();
        using var fresh = await WebTestSite.SignInAsync(newClient, WebTestSite.Qa, NewPassword);
        var audit = await AuditAsync(site, WebTestSite.Qa);
        var changed = await UserAsync(site, WebTestSite.Qa);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await mismatch.Content.ReadAsStringAsync(), Does.Contain("The two passwords differ"));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo($"/admin/users/{stored.UserId}?done=password"));
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old password is refused");
            Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.AddUser, AuditActions.ResetPassword }));
            Assert.That(audit[^1].AfterJson + audit[^1].BeforeJson, Does.Not.Contain(NewPassword).And.Not.Contain(changed.PasswordHash).And.Not.Contain(stored.PasswordHash));
        }
    }

    [TestCase("Role", "Role", UserRoles.Supervisor, TestName = "Demote")]
    [TestCase("Status", "Disable", "true", TestName = "Disable")]
    public async Task Self_DemoteOrDisable_RefusedWith409(string handler, string field, string value)
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);
        var ada = await UserAsync(site, WebTestSite.Admin);

        using var response = await PostAsync(admin, $"/admin/users/{ada.UserId}?handler={handler}", (field, value));
        var body = await response.Content.ReadAsStringAsync();
        using var stillAdmin = await admin.GetAsync("/admin/users");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(body, Does.Contain("You cannot disable or demote yourself"));
            Assert.That(await UserAsync(site, WebTestSite.Admin), Is.EqualTo(ada));
            Assert.That(stillAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [TestCase("/admin/users", TestName = "UsersPage")]
    [TestCase("/admin/users/2", TestName = "UserPage")]
    public async Task Page_NoInlineScriptOrStyle_SecurityHeaders(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await admin.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Regex.IsMatch(body, @"<script\b", RegexOptions.IgnoreCase), Is.False, "no script element");
            Assert.That(Regex.IsMatch(body, @"<style\b", RegexOptions.IgnoreCase), Is.False, "no style element");
            Assert.That(Regex.IsMatch(body, @"<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase), Is.False, "no style attribute");
            Assert.That(Regex.IsMatch(body, @"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), Is.False, "no event handler attribute");
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        }
    }

    [Test]
    public async Task UnknownUser_NotFound()
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await admin.GetAsync("/admin/users/999");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Markup_InANameOrReason_ShownAsText()
    {
        await using var site = await WebTestSite.StartAsync();
        using var admin = await site.SignedInAsync(WebTestSite.Admin);

        using var response = await PostAsync(admin, "/admin/users",
            ("Name", SeedExport.ScriptText), ("Role", UserRoles.Qa), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        var list = await admin.GetStringAsync("/admin/users");
        var page = await admin.GetStringAsync(Html.RedirectTarget(response)!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list, Does.Not.Contain(SeedExport.ScriptText).And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(page, Does.Not.Contain(SeedExport.ScriptText));
        }
    }
}
