using System.Net;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ContactsPageTests
{
    [Test]
    public async Task List_Agent_SeesOnlyOwnContacts()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        var body = await client.GetStringAsync("/contacts");
        var filteredToOther = await client.GetStringAsync("/contacts?agent=A2");

        using (Assert.EnterMultipleScope())
        {
            foreach (var id in SeedExport.AgentA1Contacts)
            {
                Assert.That(body, Does.Contain($">{id}</a>"));
            }

            foreach (var id in SeedExport.AgentA2Contacts)
            {
                Assert.That(body, Does.Not.Contain(id));
                Assert.That(filteredToOther, Does.Not.Contain(id), "a filter cannot widen an agent's view");
            }

            Assert.That(body, Does.Contain("2 contacts"));
            Assert.That(body, Does.Not.Contain("name=\"agent\""), "agents get no agent filter");
        }
    }

    [Test]
    public async Task List_Supervisor_SeesEveryContactNewestFirst()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/contacts");

        var positions = SeedExport.AllContacts.Select(id => body.IndexOf($">{id}</a>", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(positions, Has.All.GreaterThanOrEqualTo(0));
            Assert.That(body, Does.Contain("5 contacts"));

            // Started: A2-3 and A2-2 on the 19th (14:00, 9:00), A1-2 on the 18th, A1-1 and A2-1 on the 17th (same time: call id descending).
            Assert.That(body.IndexOf(SeedExport.A2Vendor, StringComparison.Ordinal), Is.LessThan(body.IndexOf(SeedExport.A2Second, StringComparison.Ordinal)));
            Assert.That(body.IndexOf(SeedExport.A2Second, StringComparison.Ordinal), Is.LessThan(body.IndexOf(SeedExport.A1Script, StringComparison.Ordinal)));
            Assert.That(body.IndexOf(SeedExport.A1Script, StringComparison.Ordinal), Is.LessThan(body.IndexOf(SeedExport.A2First, StringComparison.Ordinal)));
            Assert.That(body.IndexOf(SeedExport.A2First, StringComparison.Ordinal), Is.LessThan(body.IndexOf(SeedExport.A1First, StringComparison.Ordinal)));
        }
    }

    [Test]
    public async Task List_FiltersAndSort_Applied()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var north = await client.GetStringAsync("/contacts?team=North");
        var range = await client.GetStringAsync("/contacts?from=2026-11-18&to=2026-11-19");
        var longest = await client.GetStringAsync("/contacts?sort=longest");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(north, Does.Contain(SeedExport.A1First).And.Contain(SeedExport.A1Script).And.Not.Contain(SeedExport.A2First));
            Assert.That(range, Does.Contain(SeedExport.A1Script).And.Contain(SeedExport.A2Second).And.Contain(SeedExport.A2Vendor)
                .And.Not.Contain(SeedExport.A1First + "<"));
            Assert.That(range, Does.Contain("3 contacts"));

            // Talk 500, 300, 200, 150, 100 s (+ 60 hold + 45 ACW each).
            Assert.That(longest.IndexOf(SeedExport.A2First, StringComparison.Ordinal), Is.LessThan(longest.IndexOf(SeedExport.A1First, StringComparison.Ordinal)));
            Assert.That(longest.IndexOf(SeedExport.A1First, StringComparison.Ordinal), Is.LessThan(longest.IndexOf(SeedExport.A1Script, StringComparison.Ordinal)));
            Assert.That(longest.IndexOf(SeedExport.A1Script, StringComparison.Ordinal), Is.LessThan(longest.IndexOf(SeedExport.A2Second, StringComparison.Ordinal)));
        }
    }

    [TestCase("/contacts?from=yesterday", "The from date is not a date", TestName = "BadDate")]
    [TestCase("/contacts?from=2026-11-19&to=2026-11-17", "The from date is after the to date", TestName = "ReversedRange")]
    [TestCase("/contacts?sort=random", "Unknown sort", TestName = "UnknownSort")]
    public async Task List_MalformedQuery_ExplainsWithoutListing(string path, string message)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain(message));
            Assert.That(body, Does.Not.Contain(SeedExport.A1First + "</a>"));
        }
    }
}
