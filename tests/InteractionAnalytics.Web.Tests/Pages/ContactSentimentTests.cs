using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed partial class ContactSentimentTests
{
    [Test]
    public async Task Detail_CustomerTurns_ShowStoredSentimentAsSignedNumberAndWord()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1First}");
        await using var database = await site.OpenDatabaseAsync();
        var contact = await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None);
        var sentiment = contact!.Sentiment!;
        var shown = TurnSentiment().Matches(body).Select(m => m.Groups[1].Value).ToList();
        var customerTurns = contact.Turns.Where(t => t.Speaker == "customer").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sentiment.TurnScores, Has.Count.EqualTo(contact.Turns.Count));
            Assert.That(shown, Is.EqualTo(customerTurns
                .Select(t => Encode(SentimentDisplay.Score(sentiment.TurnScores[t.Index]) + " " + SentimentDisplay.Word(sentiment.TurnScores[t.Index])))),
                "one value per customer turn, none for the agent");
            Assert.That(sentiment.TurnScores[2], Is.GreaterThan(0.05), "\"Great, thank you, that solves it.\"");
            Assert.That(shown[^1], Does.StartWith("&#x2B;").And.EndWith(" positive"), "a sign (encoded by Razor) and a word");
            Assert.That(body, Does.Contain($"<span class=\"sentiment-start\">{Encode(SentimentDisplay.Score(sentiment.CustomerStart) + " " + SentimentDisplay.Word(sentiment.CustomerStart!.Value))}</span>"));
            Assert.That(body, Does.Contain($"<span class=\"sentiment-end\">{Encode(SentimentDisplay.Score(sentiment.CustomerEnd) + " " + SentimentDisplay.Word(sentiment.CustomerEnd!.Value))}</span>"));
            Assert.That(body, Does.Contain($"<span class=\"sentiment-change\">{Encode(SentimentDisplay.Score(sentiment.CustomerChange))}</span>"));
        }
    }

    [Test]
    public async Task Detail_TwoOrMoreCustomerTurns_SentimentChartWithItsSummaryAsText()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        var body = await client.GetStringAsync($"/contacts/{SeedExport.A1First}");
        await using var database = await site.OpenDatabaseAsync();
        var contact = await database.Contacts.GetAsync(SeedExport.A1First, null, CancellationToken.None);
        var chart = InteractionAnalytics.Web.Contacts.SentimentChart.Create(contact!.Turns, contact.Sentiment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chart, Is.Not.Null, "the seed's first call has several customer turns");
            Assert.That(body, Does.Contain("<svg class=\"chart sentiment\""));
            Assert.That(body, Does.Contain($"<polyline class=\"sentiment-line\" points=\"{chart!.Line}\""));
            Assert.That(body, Does.Contain($"<title>{Encode(chart.Summary)}</title>"), "the values in words, for screen readers and without colour");
            Assert.That(Regex.Count(body, "<circle class=\"sentiment-point\""), Is.EqualTo(chart.Points.Count));
        }
    }

    [TestCase(0.4219, "+0.42", "positive")]
    [TestCase(0.05, "+0.05", "positive")]
    [TestCase(0.0499, "+0.05", "neutral")]
    [TestCase(-0.004, "0.00", "neutral")]
    [TestCase(-0.05, "-0.05", "negative")]
    [TestCase(-0.3612, "-0.36", "negative")]
    public void SentimentDisplay_ScoreAndWord_AtTheDocumentedThresholds(double score, string text, string word)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SentimentDisplay.Score(score), Is.EqualTo(text));
            Assert.That(SentimentDisplay.Word(score), Is.EqualTo(word));
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    [GeneratedRegex("<span class=\"turn-sentiment\">sentiment ([^<]*)</span>")]
    private static partial Regex TurnSentiment();
}
