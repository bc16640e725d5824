using System.Globalization;
using System.Net;
using InteractionAnalytics.Storage.Qa;

namespace InteractionAnalytics.Web.Tests.Qa;

/// <summary>
/// The authorization matrix of the QA routes: anonymous → sign-in, agents → 403 on the QA-only pages and 404 on evaluations
/// they may not read, QA roles allowed, POST without the anti-forgery token → 400.
/// </summary>
public sealed class QaAuthorizationTests
{
    [TestCase("/qa", TestName = "List")]
    [TestCase("/qa?status=draft&agent=A1&from=2026-11-01&to=2026-11-30&page=2", TestName = "ListFiltered")]
    [TestCase("/qa/agents", TestName = "Agents")]
    [TestCase("/qa/1", TestName = "Evaluation")]
    [TestCase("/qa/start/" + SeedExport.A1First, TestName = "Start")]
    public async Task Get_Anonymous_RedirectsToSignIn(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Html.RedirectTarget(response), Is.EqualTo("/signin?returnUrl=" + Uri.EscapeDataString(path)));
    }

    [TestCase("/qa/start/" + SeedExport.A1First, TestName = "Start")]
    [TestCase("/qa/1?handler=save", TestName = "Save")]
    [TestCase("/qa/1?handler=submit", TestName = "Submit")]
    public async Task Post_Anonymous_RedirectsToSignInAndStoresNothing(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.PostAsync(path, Html.Form(("Answers[tone]", "yes")));

        await using var database = await site.OpenDatabaseAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Html.RedirectTarget(response), Does.StartWith("/signin?returnUrl="));
        Assert.That((await database.Qa.ListAsync(new QaEvaluationQuery(), CancellationToken.None)).Total, Is.Zero);
    }

    [TestCase(WebTestSite.AgentA1, "/qa", TestName = "AgentList")]
    [TestCase(WebTestSite.AgentA1, "/qa/agents", TestName = "AgentRollup")]
    [TestCase(WebTestSite.AgentA1, "/qa/start/" + SeedExport.A1First, TestName = "AgentStartOwnContact")]
    public async Task Get_Agent_Forbidden(string user, string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(WebTestSite.Admin)]
    [TestCase(WebTestSite.Supervisor)]
    [TestCase(WebTestSite.Qa)]
    public async Task QaRoles_ListRollupStartAndEdit(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var list = await client.GetAsync("/qa");
        using var agents = await client.GetAsync("/qa/agents");
        var id = await QaFlow.StartAsync(client, SeedExport.A2First);
        using var saved = await QaFlow.PostAsync(client, id, "save", ("Answers[tone]", "yes"));
        var nav = await list.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(agents.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(nav, Does.Contain("<a href=\"/qa\">QA</a>"));
        }
    }

    [Test]
    public async Task Agent_PostsToOwnEvaluation_ForbiddenAndNoNavLink()
    {
        await using var site = await WebTestSite.StartAsync();
        using var qa = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(qa, SeedExport.A1First);
        (await QaFlow.PostAsync(qa, id, "submit", QaFlow.AllYes())).Dispose();
        using var agent = await site.SignedInAsync(WebTestSite.AgentA1);

        // The agent may read it (their own contact, submitted), so the page has a token to send; posting is still refused.
        var token = await Html.AntiforgeryTokenAsync(agent, "/contacts/" + SeedExport.A1First);
        using var save = await agent.PostAsync("/qa/" + id.ToString(CultureInfo.InvariantCulture) + "?handler=save",
            Html.Form(("Answers[tone]", "no"), ("__RequestVerificationToken", token)));
        using var start = await agent.PostAsync("/qa/start/" + SeedExport.A1First, Html.Form(("__RequestVerificationToken", token)));
        var home = await agent.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(home, Does.Not.Contain("<a href=\"/qa\">QA</a>"));
        }
    }

    [Test]
    public async Task Agent_OtherAgentsOrMissingEvaluation_NotFound()
    {
        await using var site = await WebTestSite.StartAsync();
        using var qa = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(qa, SeedExport.A2First);
        (await QaFlow.PostAsync(qa, id, "submit", QaFlow.AllYes())).Dispose();
        using var agent = await site.SignedInAsync(WebTestSite.AgentA1);

        using var others = await agent.GetAsync("/qa/" + id.ToString(CultureInfo.InvariantCulture));
        using var missing = await agent.GetAsync("/qa/999");
        using var missingForQa = await qa.GetAsync("/qa/999");

        Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missingForQa.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Start_UnknownContact_NotFound()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var token = await Html.AntiforgeryTokenAsync(client, "/contacts/" + SeedExport.A1First);

        using var response = await client.PostAsync("/qa/start/no-such-call", Html.Form(("__RequestVerificationToken", token)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("start", TestName = "Start")]
    [TestCase("save", TestName = "Save")]
    [TestCase("submit", TestName = "Submit")]
    public async Task Post_WithoutAntiforgeryToken_BadRequestAndNothingStored(string what)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = what == "start" ? 0 : await QaFlow.StartAsync(client, SeedExport.A1First);
        var path = what == "start" ? "/qa/start/" + SeedExport.A2First : "/qa/" + id.ToString(CultureInfo.InvariantCulture) + "?handler=" + what;

        using var response = await client.PostAsync(path, Html.Form([.. QaFlow.AllYes()]));

        await using var database = await site.OpenDatabaseAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var all = await database.Qa.ListAsync(new QaEvaluationQuery(), CancellationToken.None);
        Assert.That(all.Items.Select(e => e.Status), Is.All.EqualTo(QaStatuses.Draft));
        Assert.That(all.Total, Is.EqualTo(what == "start" ? 0 : 1));
    }
}
