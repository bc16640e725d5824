using System.Globalization;
using System.Text.Encodings.Web;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class ContactRecordingTests
{
    [Test]
    public async Task Detail_ContactWithRecording_ShowsStoredMeasuresAndComparison()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.RecordedContact}");
        await using var database = await site.OpenDatabaseAsync();
        var contact = await database.Contacts.GetAsync(SeedExport.RecordedContact, null, CancellationToken.None);
        var recording = contact!.Recording!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("<h2 id=\"recording\">Recording</h2>"));
            Assert.That(body, Does.Contain("<dd>G.711 mu-law</dd>"));
            Assert.That(body, Does.Contain("<dd>8,000 Hz</dd>"));
            Assert.That(body, Does.Contain("0:14 (13.8 s)"), "duration of the 13.8 s fixture");
            Assert.That(recording.IsStereo, Is.True);
            Assert.That(body, Does.Contain($"<dd class=\"recording-agent-talk\">{Display.Duration(recording.AgentTalkSeconds)} ({Display.Percent(recording.AgentTalkShare)} of the talk)</dd>"));
            Assert.That(body, Does.Contain($"<dd class=\"recording-customer-talk\">{Display.Duration(recording.CustomerTalkSeconds)}</dd>"));
            Assert.That(body, Does.Contain(string.Create(CultureInfo.InvariantCulture,
                $"<dd class=\"recording-silence\">{recording.SilenceCount}× · {Display.Duration(recording.SilenceSeconds)} · longest {Display.Duration(recording.LongestSilenceSeconds)}</dd>")));
            Assert.That(recording.ComparedWithTranscript, Is.True, "the transcript is in the same export");
            Assert.That(recording.Disagreements, Is.Not.Empty, "the transcript (28 s) runs longer than the recording (13.8 s)");
            Assert.That(body, Does.Contain($"compared: {recording.Disagreements.Count} disagreement(s)"));
            foreach (var d in recording.Disagreements)
            {
                Assert.That(body, Does.Contain($"<td class=\"mono\">{d.Metric}</td>"));
                Assert.That(body, Does.Contain($"<td class=\"phrase\">{HtmlEncoder.Default.Encode(d.Explanation)}</td>"), "explanations HTML-encoded");
            }
        }
    }

    [Test]
    public async Task Detail_ContactWithoutRecording_NoRecordingSection()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1Script}");

        Assert.That(body, Does.Not.Contain("id=\"recording\""));
    }
}
