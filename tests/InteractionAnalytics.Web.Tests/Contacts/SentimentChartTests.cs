using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Contacts;

namespace InteractionAnalytics.Web.Tests.Contacts;

[Parallelizable(ParallelScope.All)]
public sealed class SentimentChartTests
{
    private static ContactTurn Turn(int index, string speaker, double? start, string text = "words") => new(index, speaker, null, start, start + 1, text);

    [Test]
    public void Create_TimedCustomerTurns_PlacedByTimeAndScoreByHand()
    {
        // Customer turns at 10 s, 40 s and 70 s; the plot runs x 64..548 and y 16 (+1) .. 124 (−1).
        ContactTurn[] turns = [Turn(0, "agent", 0), Turn(1, "customer", 10), Turn(2, "agent", 20), Turn(3, "customer", 40), Turn(4, "customer", 70)];
        var sentiment = new ContactSentiment([0.9, -0.5, 0.8, 0, 1], -0.5, 1, 1.5);

        var chart = SentimentChart.Create(turns, sentiment)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chart.Timed, Is.True);
            // x = 64 + 484 · (t − 10) / 60: 64, 306, 548. y = 16 + 108 · (1 − s) / 2: −0.5 → 97, 0 → 70, 1 → 16.
            Assert.That(chart.Points.Select(p => (p.Turn, p.X, p.Y)), Is.EqualTo(new[] { (1, "64", "97"), (3, "306", "70"), (4, "548", "16") }));
            Assert.That(chart.Points.Select(p => (p.At, p.Text)), Is.EqualTo(new[] { ("0:10", "-0.50 negative"), ("0:40", "0.00 neutral"), ("1:10", "+1.00 positive") }));
            Assert.That(chart.Line, Is.EqualTo("64,97 306,70 548,16"));
            Assert.That(chart.Summary, Is.EqualTo(
                "Customer sentiment through the call, 3 customer turns: first -0.50 negative (0:10), lowest -0.50 negative (0:10), last +1.00 positive (1:10)"));
        }
    }

    [Test]
    public void Create_AnyCustomerTurnUntimed_PlacedByPosition()
    {
        ContactTurn[] turns = [Turn(0, "customer", 5), Turn(1, "customer", null), Turn(2, "customer", 9)];

        var chart = SentimentChart.Create(turns, new ContactSentiment([0, 0, 0], 0, 0, 0))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chart.Timed, Is.False);
            Assert.That(chart.Points.Select(p => (p.At, p.X)), Is.EqualTo(new[] { ("turn 1", "64"), ("turn 2", "306"), ("turn 3", "548") }));
        }
    }

    [Test]
    public void Create_FewerThanTwoScoredCustomerTurns_NoChart()
    {
        ContactTurn[] turns = [Turn(0, "agent", 0), Turn(1, "customer", 3), Turn(2, "customer", 6, text: " ")];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SentimentChart.Create(turns, new ContactSentiment([0.1, 0.2, 0.3], 0.2, 0.2, 0)), Is.Null, "the empty turn is not drawn");
            Assert.That(SentimentChart.Create(turns, null), Is.Null);
        }
    }

    [Test]
    public void Create_ScoresOutsideTheRange_Clamped()
    {
        ContactTurn[] turns = [Turn(0, "customer", 0), Turn(1, "customer", 1)];

        var chart = SentimentChart.Create(turns, new ContactSentiment([1.5, -2], 1, -1, -2))!;

        Assert.That(chart.Points.Select(p => p.Y), Is.EqualTo(new[] { "16", "124" }));
    }
}
