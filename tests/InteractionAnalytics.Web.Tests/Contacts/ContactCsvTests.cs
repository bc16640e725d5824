using System.Net;
using InteractionAnalytics.Web.Contacts;

namespace InteractionAnalytics.Web.Tests.Contacts;

public sealed class ContactCsvTests
{
    [Test]
    public async Task Export_Supervisor_EveryContactWithHeaderQuotedAndNeutralised()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync("/contacts.csv?sort=oldest");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var a2 = lines.Single(l => l.StartsWith(SeedExport.A2First + ",", StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("contacts.csv"));
            Assert.That(lines[0], Is.EqualTo(ContactCsvWriter.Header));
            Assert.That(lines, Has.Length.EqualTo(1 + SeedExport.AllContacts.Count));
            Assert.That(a2, Does.Contain(",\"South, \"\"East\"\"\","), "comma and quotes: quoted, quotes doubled");
            Assert.That(a2, Does.Contain(",\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\","), "formula prefixed with a quote");
            Assert.That(csv, Does.Not.Contain(",=HYPERLINK").And.Not.Contain(",\"=HYPERLINK"));
        }
    }

    [Test]
    public async Task Export_Agent_OnlyOwnContactsWhateverTheFilter()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA2);

        var csv = await client.GetStringAsync("/contacts.csv");
        var widened = await client.GetStringAsync("/contacts.csv?agent=A1");

        var ids = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EquivalentTo(SeedExport.AgentA2Contacts));
            Assert.That(widened.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), "header only");
        }
    }

    [Test]
    public async Task Export_Filtered_SameContactsAsThePage()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);

        var csv = await client.GetStringAsync("/contacts.csv?team=North&sort=longest");

        var ids = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.That(ids, Is.EqualTo(new[] { SeedExport.A1First, SeedExport.A1Script }));
    }

    [Test]
    public async Task Export_MalformedDate_BadRequest()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync("/contacts.csv?from=soon");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("line\nbreak", "\"line\nbreak\"")]
    [TestCase("=1+2", "'=1+2")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tx", "'\tx")]
    [TestCase("=A1,B1", "\"'=A1,B1\"")]
    [TestCase("a=b", "a=b")]
    [TestCase("", "")]
    public void Text_Value_EscapedAndNeutralised(string value, string expected) =>
        Assert.That(ContactCsvWriter.Text(value), Is.EqualTo(expected));
}
