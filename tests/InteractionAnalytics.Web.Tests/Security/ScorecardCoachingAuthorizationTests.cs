using System.Net;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Coaching;

namespace InteractionAnalytics.Web.Tests.Security;

/// <summary>
/// The authorization matrix of the scorecard and coaching routes: anonymous → sign-in, coaches (admin, supervisor, QA) →
/// 200, an agent → only their own scorecard and items (another agent's → 404, the list of agents → 404, changes → 403),
/// and every POST without the anti-forgery token → 400 with nothing stored.
/// </summary>
public sealed class ScorecardCoachingAuthorizationTests
{
    /// <summary>Starts a site with one manual coaching item for A1 (C-A1-1) and one for A2 (C-A2-3).</summary>
    private static async Task<(WebTestSite Site, long A1Item, long A2Item)> StartAsync()
    {
        var site = await WebTestSite.StartAsync();
        await using var database = await site.OpenDatabaseAsync();
        return (site, await CoachingSeed.FlagAsync(database, SeedExport.A1First), await CoachingSeed.FlagAsync(database, SeedExport.A2Vendor));
    }

    private static async Task<(long Notes, long Closed, long Items, long Audit)> CountsAsync(WebTestSite site)
    {
        await using var database = await site.OpenDatabaseAsync();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        async Task<long> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }

        return (await Count("SELECT COUNT(*) FROM coaching_notes"), await Count("SELECT COUNT(*) FROM coaching_items WHERE status = 'closed'"),
            await Count("SELECT COUNT(*) FROM coaching_items"), await Count("SELECT COUNT(*) FROM audit_log"));
    }

    [TestCase("/agents", TestName = "Agents")]
    [TestCase("/agents?sort=aht&from=2026-11-17", TestName = "AgentsSorted")]
    [TestCase("/agents/A1", TestName = "Scorecard")]
    [TestCase("/agents/no-such-agent", TestName = "UnknownScorecard")]
    [TestCase("/coaching", TestName = "CoachingQueue")]
    [TestCase("/coaching?agent=A1&kind=manual&page=2", TestName = "CoachingQueueFiltered")]
    [TestCase("/coaching/1", TestName = "CoachingItem")]
    [TestCase("/contacts/" + SeedExport.A1First + "/flag", TestName = "FlagForm")]
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

    [TestCase("/coaching/{0}?handler=Note", TestName = "Note")]
    [TestCase("/coaching/{0}?handler=Close", TestName = "Close")]
    [TestCase("/coaching?handler=Refresh", TestName = "Refresh")]
    [TestCase("/contacts/" + SeedExport.A1First + "/flag", TestName = "Flag")]
    public async Task Post_Anonymous_RedirectsToSignInAndStoresNothing(string pathFormat)
    {
        var (site, a1Item, _) = await StartAsync();
        await using var _ = site;
        using var client = site.CreateClient();
        var before = await CountsAsync(site);

        using var response = await client.PostAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, a1Item),
            Html.Form(("Text", "anonymous"), ("Reason", "anonymous")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Does.StartWith("/signin?returnUrl="));
            Assert.That(await CountsAsync(site), Is.EqualTo(before));
        }
    }

    [TestCase(WebTestSite.Admin)]
    [TestCase(WebTestSite.Supervisor)]
    [TestCase(WebTestSite.Qa)]
    public async Task Get_Coach_EveryRouteOk(string user)
    {
        var (site, a1Item, a2Item) = await StartAsync();
        await using var _ = site;
        using var client = await site.SignedInAsync(user);

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var path in new[] { "/agents", "/agents/A1", "/agents/A2", "/coaching", $"/coaching/{a1Item}", $"/coaching/{a2Item}", $"/contacts/{SeedExport.A1First}/flag" })
        {
            using var response = await client.GetAsync(path);
            statuses[path] = response.StatusCode;
        }

        using var unknown = await client.GetAsync("/agents/no-such-agent");
        using var missingItem = await client.GetAsync("/coaching/999999");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Values, Is.All.EqualTo(HttpStatusCode.OK), string.Join(", ", statuses.Select(s => $"{s.Key} {(int)s.Value}")));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missingItem.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Get_Agent_OwnScorecardAndItemsOnly_OthersAndTheListNotFound()
    {
        var (site, a1Item, a2Item) = await StartAsync();
        await using var _ = site;
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        using var own = await client.GetAsync("/agents/A1");
        using var other = await client.GetAsync("/agents/A2");
        using var unknown = await client.GetAsync("/agents/no-such-agent");
        using var list = await client.GetAsync("/agents");
        using var queue = await client.GetAsync("/coaching");
        using var ownItem = await client.GetAsync($"/coaching/{a1Item}");
        using var otherItem = await client.GetAsync($"/coaching/{a2Item}");
        using var flagForm = await client.GetAsync($"/contacts/{SeedExport.A1First}/flag");
        var queueBody = await queue.Content.ReadAsStringAsync();
        var ownItemBody = await ownItem.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(queue.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(queueBody, Does.Contain($"id=\"item-{a1Item}\""));
            Assert.That(queueBody, Does.Not.Contain($"id=\"item-{a2Item}\""), "another agent's item is not listed");
            Assert.That(queueBody, Does.Not.Contain("Refresh flags"));
            Assert.That(ownItem.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ownItemBody, Does.Not.Contain("<textarea"), "read-only: no note or close form");
            Assert.That(otherItem.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(flagForm.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [Test]
    public async Task Post_Agent_OwnItemForbidden_OtherAgentsItemNotFound_NothingStored()
    {
        var (site, a1Item, a2Item) = await StartAsync();
        await using var _ = site;
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);
        var token = await Html.AntiforgeryTokenAsync(client, $"/coaching/{a1Item}");
        var before = await CountsAsync(site);

        var statuses = new List<(string, HttpStatusCode)>();
        foreach (var (path, field) in new[]
        {
            ($"/coaching/{a1Item}?handler=Note", "Text"), ($"/coaching/{a1Item}?handler=Close", "Text"),
            ($"/coaching/{a2Item}?handler=Note", "Text"), ("/coaching?handler=Refresh", "Text"),
            ($"/contacts/{SeedExport.A1First}/flag", "Reason"),
        })
        {
            using var response = await client.PostAsync(path, Html.Form((field, "agent writes"), ("__RequestVerificationToken", token)));
            statuses.Add((path, response.StatusCode));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Select(s => s.Item2), Is.EqualTo(new[]
            {
                HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden,
            }), string.Join(", ", statuses));
            Assert.That(await CountsAsync(site), Is.EqualTo(before));
        }
    }

    [TestCase("/coaching/{0}?handler=Note", "Text", TestName = "Note")]
    [TestCase("/coaching/{0}?handler=Close", "Text", TestName = "Close")]
    [TestCase("/coaching?handler=Refresh", "Text", TestName = "Refresh")]
    [TestCase("/contacts/" + SeedExport.A1Script + "/flag", "Reason", TestName = "Flag")]
    public async Task Post_SupervisorWithoutToken_RejectedAndNothingStored(string pathFormat, string field)
    {
        var (site, a1Item, _) = await StartAsync();
        await using var _ = site;
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        await using (var database = await site.OpenDatabaseAsync())
        {
            await CoachingSeed.InsertEvaluationAsync(database, 1, SeedExport.A1Script, "A1", 0.2);
        }

        var before = await CountsAsync(site);

        using var response = await client.PostAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, a1Item),
            Html.Form((field, "no token")));

        await using var after = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await CountsAsync(site), Is.EqualTo(before), "no note, no close, no new item, no audit entry");
            Assert.That((await after.Coaching.GetAsync(a1Item, null, CancellationToken.None))!.Status, Is.EqualTo(CoachingStatuses.Open));
            Assert.That(await after.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1Script, CancellationToken.None), Is.Empty);
        }
    }
}
