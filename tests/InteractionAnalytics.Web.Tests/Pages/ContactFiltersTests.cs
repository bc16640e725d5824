using System.Net;
using Dapper;

namespace InteractionAnalytics.Web.Tests.Pages;

/// <summary>The contact list's confidence, resolution, repeat outcome and sentiment filters, in the page and the CSV.</summary>
public sealed class ContactFiltersTests
{
    private static async Task<List<string>> StoredAsync(WebTestSite site, string sql)
    {
        await using var database = await site.OpenDatabaseAsync();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(sql)];
    }

    private static List<string> CsvIds(string csv) =>
        [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])];

    [Test]
    public async Task Form_OffersTheNewFiltersWithLabelsAndKeepsTheChoices()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/contacts?resolution=resolved&sentiment=worsened&outcome=pending&confidence_below=0.95");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("Confidence below <input type=\"number\" name=\"confidence_below\""));
            Assert.That(body, Does.Contain("value=\"0.95\""));
            Assert.That(body, Does.Contain("name=\"confidence_at_least\""));
            Assert.That(body, Does.Contain("<option value=\"resolved\" selected=\"selected\">Resolved</option>"));
            Assert.That(body, Does.Contain("<option value=\"pending\" selected=\"selected\">Window still open</option>"));
            Assert.That(body, Does.Contain("<option value=\"worsened\" selected=\"selected\">"));
            Assert.That(body, Does.Contain("<option value=\"negative_end\">"));
            Assert.That(body, Does.Contain("/contacts.csv?confidence_below=0.95&amp;resolution=resolved&amp;outcome=pending&amp;sentiment=worsened"),
                "the CSV link keeps the filters");
        }
    }

    [TestCase("resolved")]
    [TestCase("unresolved")]
    [TestCase("unknown")]
    public async Task Resolution_ListsExactlyTheStoredVerdict_PageAndCsv(string resolution)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var expected = await StoredAsync(site, $"SELECT call_id FROM conversation_measures WHERE resolution = '{resolution}'");

        var body = await client.GetStringAsync("/contacts?resolution=" + resolution);
        var csv = await client.GetStringAsync("/contacts.csv?sort=oldest&resolution=" + resolution);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain($"{expected.Count} contacts"));
            foreach (var id in SeedExport.AllContacts)
            {
                Assert.That(body.Contains($">{id}</a>", StringComparison.Ordinal), Is.EqualTo(expected.Contains(id)), id);
            }

            Assert.That(CsvIds(csv), Is.EquivalentTo(expected));
        }
    }

    [Test]
    public async Task ConfidenceAndSentimentAndOutcome_MatchTheStoredValues()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var lowConfidence = await StoredAsync(site, """
            SELECT call_id FROM contact_classifications cl
            WHERE (cl.intent_confidence < 0.9 AND NOT EXISTS (SELECT 1 FROM classification_corrections cc WHERE cc.call_id = cl.call_id AND cc.intent IS NOT NULL))
               OR (cl.root_cause_confidence < 0.9 AND NOT EXISTS (SELECT 1 FROM classification_corrections cc WHERE cc.call_id = cl.call_id AND cc.root_cause IS NOT NULL))
            """);
        var negativeEnd = await StoredAsync(site, "SELECT call_id FROM conversation_measures WHERE customer_sentiment_end <= -0.05");
        var repeated = await StoredAsync(site, "SELECT call_id FROM contact_outcomes WHERE outcome = 'repeated'");

        var low = CsvIds(await client.GetStringAsync("/contacts.csv?confidence_below=0.9"));
        var negative = CsvIds(await client.GetStringAsync("/contacts.csv?sentiment=negative_end"));
        var repeats = CsvIds(await client.GetStringAsync("/contacts.csv?outcome=repeated"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(low, Is.EquivalentTo(lowConfidence));
            Assert.That(negative, Is.EquivalentTo(negativeEnd));
            Assert.That(repeats, Is.EquivalentTo(repeated));
        }
    }

    [Test]
    public async Task Agent_NewFiltersNeverShowAnotherAgentsContacts()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        var ids = new List<string>();
        foreach (var filter in new[] { "resolution=resolved", "resolution=unresolved", "resolution=unknown", "confidence_below=1", "sentiment=improved", "agent=A2&confidence_at_least=0" })
        {
            ids.AddRange(CsvIds(await client.GetStringAsync("/contacts.csv?" + filter)));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids.Distinct(), Is.SubsetOf(SeedExport.AgentA1Contacts));
            Assert.That(ids, Is.Not.Empty, "the filters do select some of the agent's own contacts");
        }
    }

    [TestCase("confidence_below=abc", "confidence below filter is a number from 0 to 1", TestName = "ConfidenceNotANumber")]
    [TestCase("confidence_at_least=1.5", "confidence at least filter is a number from 0 to 1", TestName = "ConfidenceAboveOne")]
    [TestCase("confidence_below=-0.2", "confidence below filter is a number from 0 to 1", TestName = "ConfidenceNegative")]
    [TestCase("resolution=fixed", "Unknown resolution", TestName = "UnknownResolution")]
    [TestCase("outcome=maybe", "Unknown repeat outcome", TestName = "UnknownOutcome")]
    [TestCase("sentiment=happy", "Unknown sentiment filter", TestName = "UnknownSentiment")]
    public async Task MalformedValue_PageExplainsAndCsvAnswers400(string query, string message)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync("/contacts?" + query);
        using var csv = await client.GetAsync("/contacts.csv?" + query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain(message));
            Assert.That(body, Does.Not.Contain(SeedExport.A1First + "</a>"));
            Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain(message));
        }
    }
}
