using System.Net;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ReviewQueueTests
{
    private const string VendorRow = "id=\"review-" + SeedExport.A2Vendor + "\"";

    [TestCase(WebTestSite.Supervisor, TestName = "Supervisor")]
    [TestCase(WebTestSite.Admin, TestName = "Admin")]
    public async Task Review_SupervisorOrAdmin_ListsFlaggedContactWithBothKindsAndReasons(string user)
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
            Assert.That(body, Does.Contain("<li class=\"flag-classification\">classification</li>"));
            Assert.That(body, Does.Contain("<li class=\"flag-roles\">speaker roles</li>"));
            Assert.That(body, Does.Contain(vendor!.RoleReviewReason), "the speaker-roles reason");
            Assert.That(body, Does.Contain(vendor.Classification!.ReviewReason), "the classification reason");
            Assert.That(body, Does.Contain("South, &quot;East&quot;"), "the team, encoded");
            Assert.That(body, Does.Not.Contain(SeedExport.A1First), "contacts not flagged are not listed");
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
            Assert.That(body, Does.Not.Contain("flag-classification"));
            Assert.That(body, Does.Contain("flag-roles"));
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
