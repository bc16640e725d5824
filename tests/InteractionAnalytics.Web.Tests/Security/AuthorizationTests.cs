using System.Net;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Web.Tests.Security;

public sealed class AuthorizationTests
{
    [TestCase("/", TestName = "Overview")]
    [TestCase("/?from=2026-11-17&to=2026-11-18", TestName = "OverviewWithDates")]
    [TestCase("/contacts", TestName = "Contacts")]
    [TestCase("/contacts?team=North&sort=longest", TestName = "ContactsFiltered")]
    [TestCase("/contacts.csv", TestName = "ContactsCsv")]
    [TestCase("/contacts/" + SeedExport.A1First, TestName = "ContactDetail")]
    [TestCase("/contacts/" + SeedExport.A1First + "/correct", TestName = "CorrectionForm")]
    [TestCase("/contacts/" + SeedExport.A2Vendor + "/speakers", TestName = "SpeakerRoleForm")]
    [TestCase("/review", TestName = "ReviewQueue")]
    [TestCase("/review?page=2", TestName = "ReviewQueuePage2")]
    [TestCase("/admin/users", TestName = "AdminUsers")]
    [TestCase("/admin/users/2", TestName = "AdminUser")]
    [TestCase("/contacts?confidence_below=0.6&resolution=unresolved&outcome=repeated&sentiment=worsened", TestName = "ContactsNewFilters")]
    [TestCase("/qa", TestName = "QaEvaluations")]
    [TestCase("/qa/agents", TestName = "QaAgents")]
    [TestCase("/qa/1", TestName = "QaEvaluation")]
    [TestCase("/contacts/no-such-call", TestName = "UnknownContact")]
    [TestCase("/no-such-page", TestName = "UnknownPage")]
    public async Task Get_Anonymous_RedirectsToSignInWithReturnUrl(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo("/signin?returnUrl=" + Uri.EscapeDataString(path)));
        }
    }

    [Test]
    public async Task PostCorrection_Anonymous_RedirectsToSignInAndStoresNothing()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("RootCause", "agent"), ("Reason", "anonymous")));

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Does.StartWith("/signin?returnUrl="));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1First, CancellationToken.None), Is.Empty);
        }
    }

    [TestCase("/signin", "text/html", TestName = "SignInPage")]
    [TestCase("/static/app.css", "text/css", TestName = "StyleSheet")]
    public async Task Get_Anonymous_OpenResourcesServed(string path, string mediaType)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        }
    }

    [TestCase(WebTestSite.Qa, TestName = "Qa")]
    [TestCase(WebTestSite.AgentA1, TestName = "Agent")]
    public async Task CorrectionForm_RoleWithoutCorrections_Forbidden(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var response = await client.GetAsync($"/contacts/{SeedExport.A1First}/correct");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
