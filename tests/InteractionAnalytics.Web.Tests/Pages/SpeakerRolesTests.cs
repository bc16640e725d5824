using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class SpeakerRolesTests
{
    private const string DetailPath = "/contacts/" + SeedExport.A2Vendor;

    private const string PostPath = DetailPath + "/speakers";

    /// <summary>The form that swaps the vendor contact's inferred roles (its labels in the page's order, ordinal).</summary>
    public static FormUrlEncodedContent SwapForm(string token, string reason = "The customer greets <b>first</b>") => Html.Form(
        ("Labels", SeedExport.VendorAgentLabel), ("Roles", "customer"),
        ("Labels", SeedExport.VendorCustomerLabel), ("Roles", "agent"),
        ("Reason", reason), ("__RequestVerificationToken", token));

    [Test]
    public async Task Correct_HostGaveAClassifier_ContactReclassifiedWithTheCorrectedRoles()
    {
        var reclassifier = new ReviewingClassifier(WebTestSite.DefaultClassifier, new ReviewPolicy());
        await using var site = await WebTestSite.StartAsync(services => services.Configure<WebAppOptions>(o => o.Reclassifier = reclassifier));
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, DetailPath);
        await using var database = await site.OpenDatabaseAsync();
        var before = await database.Contacts.GetAsync(SeedExport.A2Vendor, null, CancellationToken.None);

        using var response = await client.PostAsync(PostPath, SwapForm(token));

        var after = await database.Contacts.GetAsync(SeedExport.A2Vendor, null, CancellationToken.None);
        var audit = await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None);

        // Independently: the same classifier on the stored turns, which now carry the swapped roles.
        var expected = reclassifier.Classify([.. after!.Turns.Select(t => new Turn(
            SpeakerNames.TryParse(t.Speaker, out var role) ? role : Speaker.Customer, t.StartSeconds, t.EndSeconds, t.Text))]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Classification!.Classification with { Evidence = [] }, Is.EqualTo(expected.Classification with { Evidence = [] }));
            Assert.That(after.Classification.Classification.Evidence, Is.EqualTo(expected.Classification.Evidence));
            Assert.That(audit[0].BeforeJson, Does.Contain($"\"intent\":\"{before!.Classification!.Classification.Intent}\""));
            Assert.That(audit[0].AfterJson, Does.Contain($"\"intent\":\"{expected.Classification.Intent}\""));
        }
    }

    [Test]
    public async Task Detail_VendorContact_RolesTableEncodedAndFormForSupervisors()
    {
        await using var site = await WebTestSite.StartAsync();
        using var supervisor = await site.SignedInAsync(WebTestSite.Supervisor);
        using var agent = await site.SignedInAsync(WebTestSite.AgentA2);

        var body = await supervisor.GetStringAsync(DetailPath);
        var agentBody = await agent.GetStringAsync(DetailPath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("<td class=\"mono\">&lt;b&gt;spk_1&lt;/b&gt;</td>"), "the label with markup, encoded");
            Assert.That(body, Does.Not.Contain(SeedExport.VendorAgentLabel), "no label markup anywhere: table, transcript, form");
            Assert.That(body, Does.Contain("<li>talk share: 0.88 of the open labels&#x27; words, the most</li>"), "evidence, encoded");
            Assert.That(body, Does.Contain("<td>inferred</td>"));
            Assert.That(body, Does.Contain("<td class=\"num\">0.68</td>"));
            Assert.That(body, Does.Contain("Flagged for review: speaker roles inferred with confidence 0.68"));
            Assert.That(body, Does.Contain("<span class=\"turn-who\">agent (&lt;b&gt;spk_1&lt;/b&gt;)</span>"), "each turn's role and label");
            Assert.That(body, Does.Contain("<span class=\"turn-who\">customer (spk_0)</span>"));
            Assert.That(body, Does.Contain($"action=\"{PostPath}\""));
            Assert.That(body, Does.Contain("<input type=\"hidden\" name=\"Labels\" value=\"&lt;b&gt;spk_1&lt;/b&gt;\">"));
            Assert.That(agentBody, Does.Contain("<td class=\"mono\">spk_0</td>"), "agents see the roles");
            Assert.That(agentBody, Does.Not.Contain(PostPath), "but get no form");
        }
    }

    [Test]
    public async Task Correct_Supervisor_WritesCorrectionsAuditRolesAndTurnsThenRedirects()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, DetailPath);
        var earliest = TimeProvider.System.GetUtcNow().AddSeconds(-1);

        using var response = await client.PostAsync(PostPath, SwapForm(token));
        var body = await client.GetStringAsync(DetailPath);

        var latest = TimeProvider.System.GetUtcNow().AddSeconds(1);
        await using var database = await site.OpenDatabaseAsync();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var corrections = (await connection.QueryAsync<(string Label, string Role, string Previous, string Reason, string By, string At)>(
            "SELECT speaker_label, role, previous_role, reason, corrected_by, corrected_at FROM speaker_role_corrections ORDER BY speaker_label")).ToList();
        var audit = await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None);
        var contact = await database.Contacts.GetAsync(SeedExport.A2Vendor, null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo(DetailPath));

            Assert.That(corrections.Select(c => (c.Label, c.Role, c.Previous, c.Reason, c.By)), Is.EqualTo(new[]
            {
                (SeedExport.VendorAgentLabel, "customer", "agent", "The customer greets <b>first</b>", WebTestSite.Supervisor),
                (SeedExport.VendorCustomerLabel, "agent", "customer", "The customer greets <b>first</b>", WebTestSite.Supervisor),
            }));
            Assert.That(corrections.Select(c => DateTimeOffset.Parse(c.At, CultureInfo.InvariantCulture)), Has.All.InRange(earliest, latest));

            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That((audit[0].Action, audit[0].UserName, audit[0].Reason),
                Is.EqualTo((AuditActions.CorrectSpeakerRoles, WebTestSite.Supervisor, "The customer greets <b>first</b>")));
            Assert.That(Values(audit[0].BeforeJson), Is.EqualTo(new Dictionary<string, string>
            {
                [SeedExport.VendorAgentLabel] = "agent",
                [SeedExport.VendorCustomerLabel] = "customer",
            }));
            Assert.That(Values(audit[0].AfterJson), Is.EqualTo(new Dictionary<string, string>
            {
                [SeedExport.VendorAgentLabel] = "customer",
                [SeedExport.VendorCustomerLabel] = "agent",
            }));

            Assert.That(contact!.SpeakerRoles.Select(r => (r.Label, r.Role, r.Method, r.Confidence)), Is.EqualTo(new[]
            {
                (SeedExport.VendorAgentLabel, "customer", "corrected", 1.0),
                (SeedExport.VendorCustomerLabel, "agent", "corrected", 1.0),
            }));
            Assert.That(contact.Turns.Select(t => (t.SpeakerLabel, t.Speaker)), Is.EqualTo(new (string?, string)[]
            {
                (SeedExport.VendorCustomerLabel, "agent"),
                (SeedExport.VendorAgentLabel, "customer"),
                (SeedExport.VendorCustomerLabel, "agent"),
                (SeedExport.VendorAgentLabel, "customer"),
            }));
            Assert.That(contact.RolesNeedReview, Is.False);

            Assert.That(body, Does.Contain("<span class=\"turn-who\">agent (spk_0)</span>"));
            Assert.That(body, Does.Contain("<td>corrected</td>"));
            Assert.That(body, Does.Contain("Not flagged."));
            Assert.That(body, Does.Contain("<td data-label=\"What\">correct_speaker_roles</td>"));
            Assert.That(body, Does.Contain("&lt;b&gt;spk_1&lt;/b&gt;: agent"), "the history's before, encoded");
            Assert.That(body, Does.Contain("The customer greets &lt;b&gt;first&lt;/b&gt;"));
        }
    }

    [TestCase("", "customer", "agent", "Give a reason.", TestName = "NoReason")]
    [TestCase("unchanged", "agent", "customer", "Choose a different role for at least one speaker.", TestName = "NothingChanged")]
    [TestCase("bad role", "robot", "agent", "Choose agent, customer, IVR or system for speaker &lt;b&gt;spk_1&lt;/b&gt;.", TestName = "UnknownRole")]
    public async Task Correct_InvalidForm_ShowsErrorsAndStoresNothing(string reason, string agentLabelRole, string customerLabelRole, string error)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, DetailPath);

        using var response = await client.PostAsync(PostPath, Html.Form(
            ("Labels", SeedExport.VendorAgentLabel), ("Roles", agentLabelRole),
            ("Labels", SeedExport.VendorCustomerLabel), ("Roles", customerLabelRole),
            ("Reason", reason), ("__RequestVerificationToken", token)));
        var body = await response.Content.ReadAsStringAsync();

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain(error));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task Correct_LabelNotOfThisContact_Refused()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, DetailPath);

        using var response = await client.PostAsync(PostPath, Html.Form(
            ("Labels", "spk_9"), ("Roles", "agent"), ("Reason", "made up"), ("__RequestVerificationToken", token)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(body, Does.Contain("The speakers do not match this contact&#x27;s transcript"));
    }

    [TestCase(WebTestSite.Qa, TestName = "Qa")]
    [TestCase(WebTestSite.AgentA2, TestName = "AgentOwnContact")]
    public async Task Correct_RoleWithoutCorrections_ForbiddenAndNothingStored(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);
        var token = await Html.AntiforgeryTokenAsync(client, DetailPath);

        using var post = await client.PostAsync(PostPath, SwapForm(token));
        using var get = await client.GetAsync(PostPath);

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task Correct_Anonymous_RedirectsToSignInAndStoresNothing()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.PostAsync(PostPath, SwapForm("no-token"));

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Does.StartWith("/signin?returnUrl="));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task Correct_SupervisorWithoutToken_RejectedAndNothingStored()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.PostAsync(PostPath, Html.Form(
            ("Labels", SeedExport.VendorCustomerLabel), ("Roles", "agent"), ("Reason", "no token")));

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A2Vendor, CancellationToken.None), Is.Empty);
        }
    }

    private static Dictionary<string, string> Values(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json ?? "{}")!;
}
