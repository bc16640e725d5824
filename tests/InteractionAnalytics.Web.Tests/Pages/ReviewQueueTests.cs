using System.Net;
using Dapper;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ReviewQueueTests
{
    private const string VendorRow = "id=\"review-" + SeedExport.A2Vendor + "\"";

    [TestCase(WebTestSite.Supervisor, TestName = "Supervisor")]
    [TestCase(WebTestSite.Admin, TestName = "Admin")]
    public async Task Review_SupervisorOrAdmin_ListsFlaggedContactWithItsKindsAndReasons(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var response = await client.GetAsync("/review");
        var body = await response.Content.ReadAsStringAsync();

        await using var database = await site.OpenDatabaseAsync();
        var vendor = await database.Contacts.GetAsync(SeedExport.A2Vendor, null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain("<a href=\"/review\">Review</a>"), "the nav link");
            Assert.That(body, Does.Contain(VendorRow));
            Assert.That(body, Does.Contain($"<a href=\"/contacts/{SeedExport.A2Vendor}\">{SeedExport.A2Vendor}</a>"));
            Assert.That(body, Does.Contain("<li class=\"flag-speaker_roles\">speaker roles</li>"));
            Assert.That(vendor!.Classification!.NeedsReview, Is.True, "the seed's vendor call is flagged for its classification too");
            if (vendor.Classification.LowConfidence)
            {
                Assert.That(body, Does.Contain("<li class=\"flag-low_confidence\">low confidence</li>"));
            }

            if (vendor.Classification.RulesDisagreementFlagged)
            {
                Assert.That(body, Does.Contain("<li class=\"flag-rules_vs_model\">rules vs model</li>"));
            }
            Assert.That(body, Does.Contain(vendor!.RoleReviewReason), "the speaker-roles reason");
            Assert.That(body, Does.Contain(vendor.Classification!.ReviewReason), "the classification reason");
            Assert.That(body, Does.Contain("South, &quot;East&quot;"), "the team, encoded");
            Assert.That(body, Does.Not.Contain(SeedExport.A1First), "contacts not flagged are not listed");
        }
    }

    [Test]
    public async Task Review_OneKind_ListsOnlyThatKindWithCountsAndKeepsItInPageLinks()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        await using var database = await site.OpenDatabaseAsync();
        var all = await database.Contacts.ListReviewQueueAsync(1, 50, CancellationToken.None);

        var roles = await client.GetStringAsync("/review?flag=speaker_roles");
        var unknown = await client.GetStringAsync("/review?flag=nonsense");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(roles, Does.Contain(VendorRow));
            foreach (var item in all.Items.Where(i => !i.RolesFlagged))
            {
                Assert.That(roles, Does.Not.Contain($"id=\"review-{item.CallId}\""), "contacts without a roles flag are left out");
            }

            Assert.That(roles, Does.Contain($"<strong aria-current=\"page\">speaker roles ({all.ByKind[ReviewKind.SpeakerRoles]})</strong>"));
            Assert.That(roles, Does.Contain($"<a href=\"/review?flag=low_confidence\">low confidence ({all.ByKind[ReviewKind.LowConfidence]})</a>"));
            Assert.That(roles, Does.Contain($"<a href=\"/review?flag=rules_vs_model\">rules vs model ({all.ByKind[ReviewKind.RulesVsModel]})</a>"));
            Assert.That(roles, Does.Contain($"<a href=\"/review\">All ({all.AllFlagged})</a>"));
            Assert.That(unknown, Does.Contain($"<strong aria-current=\"page\">All ({all.AllFlagged})</strong>"), "an unknown kind shows everything");
        }
    }

    [Test]
    public async Task ContactPage_ShowsTheModelAndRuleRootCausesApart()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        await using var database = await site.OpenDatabaseAsync();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var callIds = (await connection.QueryAsync<string>(
            "SELECT call_id FROM contact_classifications WHERE rule_root_cause IS NOT NULL OR model_root_cause IS NOT NULL ORDER BY call_id")).ToList();
        var silent = await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT call_id FROM contact_classifications WHERE rule_root_cause IS NULL AND model_root_cause IS NULL ORDER BY call_id LIMIT 1");
        Assert.That(callIds, Is.Not.Empty, "the seed has contacts where rules or the model name an owner");

        foreach (var callId in callIds)
        {
            var classification = (await database.Contacts.GetAsync(callId, null, CancellationToken.None))!.Classification!.Classification;
            var body = await client.GetStringAsync($"/contacts/{callId}");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(body, Does.Contain($"model alone: <span class=\"opinion-model\">{classification.ModelRootCause ?? "no failure owner"}</span>"), callId);
                Assert.That(body, Does.Contain($"rules: <span class=\"opinion-rules\">{classification.RuleRootCause ?? "no rule fired"}</span>"), callId);
                Assert.That(body.Contains("they disagree", StringComparison.Ordinal), Is.EqualTo(classification.RulesDisagree), callId);
            }
        }

        if (silent is not null)
        {
            Assert.That(await client.GetStringAsync($"/contacts/{silent}"), Does.Not.Contain("model alone:"), "nothing to show when neither names an owner");
        }
    }

    [TestCase(WebTestSite.Qa, TestName = "Qa")]
    [TestCase(WebTestSite.AgentA2, TestName = "Agent")]
    public async Task Review_RoleWithoutCorrections_ForbiddenAndNoNavLink(string user)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(user);

        using var response = await client.GetAsync("/review");
        var overview = await client.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(overview, Does.Not.Contain("href=\"/review\""));
        }
    }

    [Test]
    public async Task Review_ClassificationCorrected_OnlyTheRolesFlagLeft()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var detailPath = $"/contacts/{SeedExport.A2Vendor}";
        var token = await Html.AntiforgeryTokenAsync(client, detailPath);
        await using var database = await site.OpenDatabaseAsync();
        var before = await database.Contacts.GetAsync(SeedExport.A2Vendor, null, CancellationToken.None);

        using var response = await client.PostAsync(detailPath + "/correct", Html.Form(
            ("RootCause", before!.RootCause == "agent" ? "process" : "agent"), ("Reason", "checked"), ("__RequestVerificationToken", token)));
        var body = await client.GetStringAsync("/review");

        var queue = await database.Contacts.ListReviewQueueAsync(1, 50, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(queue.Items.Single(i => i.CallId == SeedExport.A2Vendor).ClassificationFlagged, Is.False);
            Assert.That(body, Does.Contain(VendorRow), "still in the queue for its speaker roles");
            Assert.That(body, Does.Not.Contain("flag-low_confidence"));
            Assert.That(body, Does.Not.Contain("flag-rules_vs_model"));
            Assert.That(body, Does.Contain("flag-speaker_roles"));
        }
    }

    [Test]
    public async Task Review_ClassificationAndRolesCorrected_ContactLeavesTheQueue()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var detailPath = $"/contacts/{SeedExport.A2Vendor}";
        var token = await Html.AntiforgeryTokenAsync(client, detailPath);

        using var classification = await client.PostAsync(detailPath + "/correct", Html.Form(
            ("Intent", "billing_dispute"), ("RootCause", "agent"), ("Reason", "checked"), ("__RequestVerificationToken", token)));
        using var roles = await client.PostAsync(detailPath + "/speakers", SpeakerRolesTests.SwapForm(token));
        var body = await client.GetStringAsync("/review");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(classification.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(roles.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(body, Does.Not.Contain(VendorRow));
            Assert.That(body, Does.Contain("Nothing to review."));
        }
    }
}
