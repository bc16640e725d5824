namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class OverviewTests
{
    [Test]
    public async Task Overview_Supervisor_ShowsAhtAndFcrByIntentAndTeamAndTheFastList()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("AHT and FCR by intent"));
            Assert.That(body, Does.Contain("AHT and FCR by team"));
            Assert.That(body, Does.Contain("<th scope=\"row\">North</th>"));
            Assert.That(body, Does.Contain("<th scope=\"row\">South, &quot;East&quot;</th>"), "team names are encoded");
            Assert.That(body, Does.Contain("95% CI"));
            Assert.That(body, Does.Contain("Fast but not resolving"));
        }
    }

    [Test]
    public async Task Overview_DateRange_OnlyThoseDays()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var all = await client.GetStringAsync("/");
        var day = await client.GetStringAsync("/?from=2026-11-19&to=2026-11-19");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all, Does.Contain("<th scope=\"row\">North</th>"));
            Assert.That(day, Does.Not.Contain("<th scope=\"row\">North</th>"), "North has no contact on the 19th");
            Assert.That(day, Does.Contain("value=\"2026-11-19\""));
        }
    }

    [Test]
    public async Task Overview_BadDate_Explains()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/?to=19.11.2026");

        Assert.That(body, Does.Contain("The to date is not a date in the form yyyy-MM-dd."));
    }

    [Test]
    public async Task Overview_Agent_NoListNamingOtherAgents()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        var body = await client.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("AHT and FCR by team"));
            Assert.That(body, Does.Not.Contain("Fast but not resolving"));
        }
    }

    [Test]
    public async Task Overview_ByRootCause_CountsACorrectedContactUnderTheCorrection()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        await using var database = await site.OpenDatabaseAsync();
        var model = (await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None))!.RootCause;
        var corrected = model == "agent" ? "process" : "agent";
        var token = await Html.AntiforgeryTokenAsync(client, $"/contacts/{SeedExport.A1First}");

        var before = await client.GetStringAsync("/");
        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("RootCause", corrected), ("Reason", "the agent promised a callback"), ("__RequestVerificationToken", token)));
        var after = await client.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Does.Contain("AHT and FCR by root cause"));
            Assert.That(before, Does.Contain("<th scope=\"row\">(unclassified)</th>"), "the contact without a transcript");
            Assert.That(before, Does.Not.Contain($"<th scope=\"row\">{corrected}</th>"));
            Assert.That(after, Does.Contain($"<th scope=\"row\">{corrected}</th>"), "the correction wins over the model");
        }
    }
}
