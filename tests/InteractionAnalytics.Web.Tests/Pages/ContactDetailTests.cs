using System.Net;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ContactDetailTests
{
    [Test]
    public async Task Detail_Agent_OwnContactShownOtherAgentsContactNotFound()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        using var own = await client.GetAsync($"/contacts/{SeedExport.A1First}");
        using var other = await client.GetAsync($"/contacts/{SeedExport.A2First}");
        using var missing = await client.GetAsync("/contacts/no-such-call");
        var otherBody = await other.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another agent's contact is answered like a missing one");
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(otherBody, Does.Not.Contain("I cannot log in"), "nothing of the other contact leaks");
        }
    }

    [Test]
    public async Task Detail_TranscriptWithMarkup_RenderedAsEncodedText()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        var body = WithoutMarks(await client.GetStringAsync($"/contacts/{SeedExport.A1Script}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Not.Contain(SeedExport.ScriptText));
            Assert.That(body, Does.Not.Contain("<img"));
            Assert.That(body, Does.Not.Contain(SeedExport.AttributeBreakText));
            Assert.That(body, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(body, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        }
    }

    [Test]
    public async Task Detail_Supervisor_ShowsPartsTranscriptClassificationAndForm()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = WithoutMarks(await client.GetStringAsync($"/contacts/{SeedExport.A1First}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("<strong>6:45</strong>"), "handle time 300 talk + 60 hold + 45 ACW");
            Assert.That(body, Does.Contain("I was charged twice on my bill"));
            Assert.That(body, Does.Contain("class=\"label-intent\""));
            Assert.That(body, Does.Contain("Evidence: the phrases behind the labels"));
            Assert.That(body, Does.Contain($"action=\"/contacts/{SeedExport.A1First}/correct\""));
            Assert.That(body, Does.Contain("No changes yet."));
        }
    }

    [TestCase(WebTestSite.Qa, TestName = "Qa")]
    [TestCase(WebTestSite.AgentA1, TestName = "AgentOwnContact")]
    public async Task Detail_RoleWithoutCorrections_NoFormAndPostForbidden(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);
        var token = await Html.AntiforgeryTokenAsync(client, $"/contacts/{SeedExport.A1First}");
        var page = await client.GetStringAsync($"/contacts/{SeedExport.A1First}");

        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("RootCause", "agent"), ("Reason", "not allowed"), ("__RequestVerificationToken", token)));

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Not.Contain("/correct\""));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1First, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task Correct_Supervisor_StoresAuditsRedirectsAndShowsTheChange()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var detailPath = $"/contacts/{SeedExport.A1First}";
        var token = await Html.AntiforgeryTokenAsync(client, detailPath);
        await using var database = await site.OpenDatabaseAsync();
        var before = await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None);
        var newRootCause = before!.RootCause == "agent" ? "process" : "agent";

        using var response = await client.PostAsync(detailPath + "/correct",
            Html.Form(("Intent", ""), ("RootCause", newRootCause), ("Reason", "Agent <b>promised</b> a callback"), ("__RequestVerificationToken", token)));
        var body = await client.GetStringAsync(detailPath);

        var audit = await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1First, CancellationToken.None);
        var after = await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo(detailPath));
            Assert.That(after!.RootCause, Is.EqualTo(newRootCause));
            Assert.That(after.Intent, Is.EqualTo(before.Intent), "the intent was kept");
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].UserName, Is.EqualTo(WebTestSite.Supervisor));
            Assert.That(audit[0].Action, Is.EqualTo(AuditActions.CorrectClassification));
            Assert.That(audit[0].Reason, Is.EqualTo("Agent <b>promised</b> a callback"));
            Assert.That(audit[0].BeforeJson, Is.EqualTo($"{{\"intent\":\"{before.Intent}\",\"root_cause\":\"{before.RootCause}\"}}"));
            Assert.That(audit[0].AfterJson, Is.EqualTo($"{{\"intent\":\"{before.Intent}\",\"root_cause\":\"{newRootCause}\"}}"));
            Assert.That(body, Does.Contain($"<strong class=\"label-root-cause\">{newRootCause}</strong>"));
            Assert.That(body, Does.Contain($"corrected; the model said {before.RootCause}"));
            Assert.That(body, Does.Contain($"<td data-label=\"Who\">{WebTestSite.Supervisor}</td>"));
            Assert.That(body, Does.Contain($"root_cause: {before.RootCause}"));
            Assert.That(body, Does.Contain($"root_cause: {newRootCause}"));
            Assert.That(body, Does.Contain("Agent &lt;b&gt;promised&lt;/b&gt; a callback"));
        }
    }

    [TestCase("", "agent", "", "Give a reason.", TestName = "NoReason")]
    [TestCase("", "", "nothing chosen", "Choose a different intent or root cause.", TestName = "NothingChosen")]
    [TestCase("not_a_label", "", "made up", "Choose an intent from the list.", TestName = "UnknownIntent")]
    public async Task Correct_InvalidForm_ShowsErrorsAndStoresNothing(string intent, string rootCause, string reason, string error)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, $"/contacts/{SeedExport.A1First}");

        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("Intent", intent), ("RootCause", rootCause), ("Reason", reason), ("__RequestVerificationToken", token)));
        var body = await response.Content.ReadAsStringAsync();

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain(error));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1First, CancellationToken.None), Is.Empty);
        }
    }

    // The transcript highlights evidence in <mark>; these tests read the text around it.
    private static string WithoutMarks(string body) =>
        body.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
}
