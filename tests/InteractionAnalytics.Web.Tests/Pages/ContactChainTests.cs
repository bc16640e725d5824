namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ContactChainTests
{
    [Test]
    public async Task Chain_Supervisor_PreviousAndNextLinkedWithOutcomes()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1Script}");

        var chain = Section(body, "chain");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(chain, Does.Contain($"<a href=\"/contacts/{SeedExport.A1First}\">{SeedExport.A1First}</a> <span class=\"conf\">(previous)</span>"));
            Assert.That(chain, Does.Contain($"<strong>{SeedExport.A1Script}</strong> <span class=\"conf\">(this contact)</span>"));
            Assert.That(chain, Does.Contain($"<a href=\"/contacts/{SeedExport.A2Vendor}\">{SeedExport.A2Vendor}</a> <span class=\"conf\">(next)</span>"));
            Assert.That(chain, Does.Contain("2026-11-17 09:00:00 -05:00"), "the previous contact's start");
            Assert.That(chain, Does.Contain("2026-11-19 14:00:00 -05:00"), "the next contact's start");
            Assert.That(Count(chain, "<td>repeated</td>"), Is.EqualTo(2), "the first two were repeated");
            Assert.That(chain, Does.Contain("<td>pending</td>"), "the last one's window is still open");
            Assert.That(chain.IndexOf(SeedExport.A1First, StringComparison.Ordinal), Is.LessThan(chain.IndexOf(SeedExport.A2Vendor, StringComparison.Ordinal)));
        }
    }

    [Test]
    public async Task Chain_Agent_OnlyOwnContactsLinkedOthersWithoutCallId()
    {
        await using var site = await WebTestSite.StartAsync();
        using var a1 = await site.SignedInAsync(WebTestSite.AgentA1);
        using var a2 = await site.SignedInAsync(WebTestSite.AgentA2);

        var a1Body = await a1.GetStringAsync($"/contacts/{SeedExport.A1Script}");
        var a2Body = await a2.GetStringAsync($"/contacts/{SeedExport.A2Vendor}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a1Body, Does.Contain($"<a href=\"/contacts/{SeedExport.A1First}\">{SeedExport.A1First}</a>"), "their own earlier contact");
            Assert.That(a1Body, Does.Not.Contain(SeedExport.A2Vendor), "another agent's call id appears nowhere, not even as the repeat");
            Assert.That(a1Body, Does.Contain("<span>another agent's contact</span> <span class=\"conf\">(next)</span>"));
            Assert.That(a1Body, Does.Contain("repeat: another agent's contact"));
            Assert.That(a2Body, Does.Not.Contain(SeedExport.A1First).And.Not.Contain(SeedExport.A1Script));
            Assert.That(Count(Section(a2Body, "chain"), "another agent's contact"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Chain_SingleContact_NoChainSection()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A2First}");

        Assert.That(body, Does.Not.Contain("id=\"chain\""));
    }

    private static string Section(string body, string id)
    {
        var start = body.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"section {id}");
        var end = body.IndexOf("</section>", start, StringComparison.Ordinal);
        return body[start..end];
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
