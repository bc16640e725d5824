using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class TranscriptHighlightTests
{
    [Test]
    public async Task Detail_Evidence_MarkedExactlyInTheTurnText()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1First}");
        await using var database = await site.OpenDatabaseAsync();
        var contact = await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None);
        var evidence = contact!.Classification!.Classification.Evidence;
        // A span that no other span of its turn overlaps or touches is marked on its own.
        var alone = evidence.Where(e => !evidence.Any(o => o != e && o.Turn == e.Turn && o.Start <= e.End && e.Start <= o.End)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alone, Is.Not.Empty, "the seeded contact has evidence");
            foreach (var e in alone)
            {
                var phrase = contact.Turns[e.Turn].Text[e.Start..e.End];
                Assert.That(phrase, Is.EqualTo(e.Text));
                Assert.That(body, Does.Contain("<mark>" + HtmlEncoder.Default.Encode(phrase) + "</mark>"));
            }
        }
    }

    [Test]
    public async Task Detail_MarkupInsideAndOutsideHighlight_StaysEncoded()
    {
        await using var site = await WebTestSite.StartAsync();
        var turn = "My card was declined " + SeedExport.ScriptText + " at the store today.";
        var scriptAt = turn.IndexOf(SeedExport.ScriptText, StringComparison.Ordinal);
        // One span around the script text (inside a highlight) and one on "store" (the script then lies outside it too).
        var storeAt = turn.IndexOf("store", StringComparison.Ordinal);
        var evidence = JsonSerializer.Serialize(new object[]
        {
            new { label = "card_declined", kind = "intent", source = "model", text = "declined " + SeedExport.ScriptText, turn = 0, start = scriptAt - 9, end = scriptAt + SeedExport.ScriptText.Length, weight = 1.0 },
            new { label = "card_declined", kind = "intent", source = "model", text = "store", turn = 0, start = storeAt, end = storeAt + 5, weight = 0.5 },
        });
        await using (var connection = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE contact_classifications SET evidence = $evidence WHERE call_id = $callId";
            command.Parameters.AddWithValue("$evidence", evidence);
            command.Parameters.AddWithValue("$callId", SeedExport.A1Script);
            Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        using var client = await site.SignedInAsync(WebTestSite.AgentA1);
        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1Script}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Not.Contain(SeedExport.ScriptText));
            Assert.That(body, Does.Not.Contain("<img"));
            Assert.That(body, Does.Contain("My card was <mark>declined &lt;script&gt;alert(1)&lt;/script&gt;</mark> at the <mark>store</mark> today."));
            Assert.That(body, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the unhighlighted agent turn stays encoded");
        }
    }
}
