using System.Net;

namespace InteractionAnalytics.Web.Tests.Pages;

/// <summary>
/// The scorecard pages on the seed export (minimum sample 1 in test sites, QA minimum 5). Every seed contact has hold 60 s
/// and after-call work 45 s: A1 (North) handled 300 + 105 and 200 + 105 s → AHT 5:55; A2 (team South, "East") 605, 205
/// and 255 s → AHT 5:55; nobody was transferred.
/// </summary>
public sealed class ScorecardPageTests
{
    /// <summary>The scorecard table's row of one metric (its class <c>metric-…</c>), up to its end.</summary>
    private static string Row(string body, string metricClass)
    {
        var row = body[body.IndexOf($"<tr class=\"metric-{metricClass}\">", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    [Test]
    public async Task Scorecard_Supervisor_AgentAgainstTeamComputedByHand()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync("/agents/A1");
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain("<h1>Scorecard: A1</h1>"));
            Assert.That(body, Does.Contain("2 contacts handled · team North"));
            Assert.That(Row(body, "aht"), Does.Contain("5:55").And.Contain("class=\"num difference\">0:00</td>"), "A1 is the whole of North: no difference");
            Assert.That(Row(body, "transferrate"), Does.Contain("0.0%"));
            Assert.That(Row(body, "qascore"), Does.Contain("&#x2013;").And.Not.Contain("fewer than"), "no evaluation at all: nothing to withhold (–)");
            Assert.That(body, Does.Contain("2026-W47"), "the seed's week (17–19 November)");
            Assert.That(body, Does.Contain("<svg class=\"chart trend weekly\""));
            Assert.That(body, Does.Contain("Open coaching items"));
        }
    }

    [Test]
    public async Task Scorecard_QaScore_WithheldUnderFiveShownFromFiveSubmittedEvaluations_DraftsIgnored()
    {
        // Four submitted evaluations (and a draft of 0.0, never counted): under the QA minimum of 5. A fifth: the mean
        // (0.9 + 0.8 + 0.7 + 0.6 + 0.5) / 5 = 70.0%.
        await using var site = await WebTestSite.StartAsync();
        var scores = new[] { 0.9, 0.8, 0.7, 0.6, 0.5 };
        await using (var database = await site.OpenDatabaseAsync())
        {
            for (var i = 0; i < 4; i++)
            {
                await CoachingSeed.InsertEvaluationAsync(database, i + 1, i % 2 == 0 ? SeedExport.A1First : SeedExport.A1Script, "A1", scores[i]);
            }

            await CoachingSeed.InsertEvaluationAsync(database, 9, SeedExport.A1First, "A1", 0.0, status: "draft");
        }

        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var four = await client.GetStringAsync("/agents/A1");
        await using (var database = await site.OpenDatabaseAsync())
        {
            await CoachingSeed.InsertEvaluationAsync(database, 5, SeedExport.A1First, "A1", scores[4]);
        }

        var five = await client.GetStringAsync("/agents/A1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Row(four, "qascore"), Does.Contain("fewer than 5 evaluations").And.Contain("data-label=\"n\" class=\"num\">4</td>"));
            Assert.That(Row(five, "qascore"), Does.Contain("70.0%").And.Not.Contain("fewer than"));
        }
    }

    [Test]
    public async Task Agents_List_EveryAgentWithTeamEncodedAndSortLinks()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Admin);

        var body = await client.GetStringAsync("/agents?sort=handled");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("<a href=\"/agents/A1\">A1</a>"));
            Assert.That(body, Does.Contain("<a href=\"/agents/A2\">A2</a>"));
            Assert.That(body.IndexOf("/agents/A2\"", StringComparison.Ordinal), Is.LessThan(body.IndexOf("/agents/A1\"", StringComparison.Ordinal)),
                "sorted by handled: A2 (3) before A1 (2)");
            Assert.That(body, Does.Contain("South, &quot;East&quot;"), "the team, encoded");
            Assert.That(body, Does.Contain("href=\"/agents?sort=aht\""));
            Assert.That(body, Does.Contain("<a href=\"/agents\">Scorecards</a>"), "the nav link");
        }
    }

    [Test]
    public async Task Agents_BadDate_ErrorShownNoTable()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/agents?from=2026-13-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("role=\"alert\""));
            Assert.That(body, Does.Not.Contain("<table class=\"agents\">"));
        }
    }

    [Test]
    public async Task Scorecard_Agent_OwnWithMyScorecardLinkNoListLink()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA2);

        var body = await client.GetStringAsync("/agents/A2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("<a href=\"/agents/A2\">My scorecard</a>"));
            Assert.That(body, Does.Not.Contain("<a href=\"/agents\">"), "no link to the list of agents");
            Assert.That(body, Does.Contain("3 contacts handled"));
        }
    }

    [Test]
    public async Task Scorecard_DateRangeWithoutContacts_EmptyNotMissing()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync("/agents/A1?from=2027-01-01");
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain("0 contacts handled"));
        }
    }
}
