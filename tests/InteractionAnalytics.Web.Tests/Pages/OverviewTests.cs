using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed partial class OverviewTests
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

    [Test]
    public async Task Overview_RootCausePareto_MostContactsFirstWithSharesAndOneLabelledBarEach()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        await using var database = await site.OpenDatabaseAsync();
        var rootCauses = new List<string>();
        foreach (var id in SeedExport.AllContacts)
        {
            if ((await database.Contacts.GetAsync(id, null, CancellationToken.None))!.RootCause is { } rootCause)
            {
                rootCauses.Add(rootCause);
            }
        }

        // By hand: count per root cause, most first (ties by name), share of the classified contacts, running share.
        var expected = new List<(string RootCause, string Count, string Share, string Cumulative)>();
        var running = 0;
        foreach (var group in rootCauses.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            running += group.Count();
            expected.Add((group.Key, group.Count().ToString(CultureInfo.InvariantCulture),
                Percent(group.Count(), rootCauses.Count), Percent(running, rootCauses.Count)));
        }

        var body = await client.GetStringAsync("/");
        var rows = ParetoRowPattern().Matches(body)
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value))
            .ToList();
        var svg = ParetoSvgPattern().Match(body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rootCauses, Has.Count.EqualTo(SeedExport.AllContacts.Count - 1), "every contact but the one without a transcript");
            Assert.That(rows, Is.EqualTo(expected), "root causes most first, with count, share and cumulative share");
            Assert.That(expected[^1].Cumulative, Is.EqualTo("100.0%"));
            Assert.That(svg.Success, Is.True, "the Pareto is an inline SVG");
            Assert.That(svg.Value, Does.Contain("viewBox=\"0 0 400 "));
            Assert.That(svg.Value, Does.Contain("<title>Root causes by contacts"), "an accessible title");
            Assert.That(Regex.Count(svg.Value, "<rect class=\"bar\""), Is.EqualTo(expected.Count), "one bar per root cause");
            foreach (var (rootCause, count, share, cumulative) in expected)
            {
                Assert.That(svg.Value, Does.Contain($">{WebUtility.HtmlEncode(rootCause)}: {count} ({share}; cumulative {cumulative})</text>"),
                    $"the label of {rootCause} with its numbers");
            }
        }
    }

    [Test]
    public async Task Overview_DailyTrends_VolumeAndAhtPerDayInTheTableAndTheCharts()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/");

        // Handle time = talk + 60 s hold + 45 s ACW. The 17th: 300 + 500 talk → (405 + 605) / 2 = 505 s; the 18th: 200 → 305 s;
        // the 19th: 100 + 150 → (205 + 255) / 2 = 230 s.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("Daily values"));
            Assert.That(body, Does.Match(DayRow("2026-11-17", 2, "8:25")));
            Assert.That(body, Does.Match(DayRow("2026-11-18", 1, "5:05")));
            Assert.That(body, Does.Match(DayRow("2026-11-19", 2, "3:50")));
            Assert.That(Regex.Count(body, "<svg class=\"chart trend\""), Is.EqualTo(4), "volume, AHT, FCR, abandonment");
            Assert.That(Regex.Count(body, "<circle class=\"trend-point\""), Is.GreaterThanOrEqualTo(3 * 3), "a point per day for volume, AHT and abandonment");
            Assert.That(body, Does.Contain(">min 1 · max 2</text>"), "volume");
            Assert.That(body, Does.Contain(">min 3:50 · max 8:25</text>"), "AHT");
            Assert.That(body, Does.Contain(">last 2026-11-19: 3:50</text>"), "AHT's last day");
            Assert.That(body, Does.Contain(">last 2026-11-19: 0.0%</text>"), "abandonment: nothing abandoned");
            Assert.That(body, Does.Contain("aria-label=\"AHT by day, 2026-11-17 to 2026-11-19: min 3:50, max 8:25, last 3:50\""));
        }
    }

    [Test]
    public async Task Overview_DailyTrends_OnlyTheRange()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/?from=2026-11-18&to=2026-11-18");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Match(DayRow("2026-11-18", 1, "5:05")));
            Assert.That(body, Does.Not.Contain("<th scope=\"row\">2026-11-17</th>"));
            Assert.That(body, Does.Not.Contain("<th scope=\"row\">2026-11-19</th>"));
            Assert.That(Regex.Count(body, "<rect class=\"bar\""), Is.EqualTo(1), "the one contact of the 18th");
        }
    }

    private static string Percent(int part, int whole) =>
        (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string DayRow(string day, int contacts, string aht) =>
        $"<th scope=\"row\">{day}</th>\\s*<td class=\"num\">{contacts}</td>\\s*<td class=\"num\">{contacts}</td>\\s*<td class=\"num\">{Regex.Escape(aht)}</td>";

    [GeneratedRegex("<tr class=\"pareto-row\">\\s*<th scope=\"row\">([^<]*)</th>\\s*<td class=\"num\">([^<]*)</td>\\s*<td class=\"num\">([^<]*)</td>\\s*<td class=\"num\">([^<]*)</td>")]
    private static partial Regex ParetoRowPattern();

    [GeneratedRegex("<svg class=\"chart pareto\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ParetoSvgPattern();
}
