using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Tests.Contacts;

namespace InteractionAnalytics.Core.Tests.Metrics;

public sealed class ContactMetricsTests
{
    [Test]
    public void From_SmallSetComputedByHand_MatchesEveryMetric()
    {
        // Three handled contacts and one abandoned one:
        //   C1 talk 300 hold   0 acw 60 → handle 360
        //   C2 talk 200 hold 100 acw 30 → handle 330, transferred
        //   C3 talk 100 hold  20 acw  0 → handle 120
        //   C4 abandoned (not in AHT, in the abandonment rate)
        // AHT = (360 + 330 + 120) / 3 = 270 s; abandonment = 1 / 4; transfers = 1 / 3.
        var contacts = new[]
        {
            ContactBuilder.Handled("C1", talk: 300, hold: 0, acw: 60),
            ContactBuilder.Handled("C2", talk: 200, hold: 100, acw: 30, transfers: 2),
            ContactBuilder.Handled("C3", talk: 100, hold: 20, acw: 0),
            ContactBuilder.Abandoned("C4"),
        };

        var metrics = ContactMetrics.From(ContactTotals.Of(contacts));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.Contacts, Is.EqualTo(4));
            Assert.That(metrics.Handled, Is.EqualTo(3));
            Assert.That(metrics.Abandoned, Is.EqualTo(1));
            Assert.That(metrics.AbandonmentRate, Is.EqualTo(0.25));
            Assert.That(metrics.AhtSeconds, Is.EqualTo(270));
            Assert.That(metrics.AvgTalkSeconds, Is.EqualTo(200));
            Assert.That(metrics.AvgHoldSeconds, Is.EqualTo(40));
            Assert.That(metrics.AvgAcwSeconds, Is.EqualTo(30));
            Assert.That(metrics.Transferred, Is.EqualTo(1));
            Assert.That(metrics.TransferRate, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(metrics.TotalHandleSeconds, Is.EqualTo(810));
        }
    }

    [Test]
    public void From_OnlyAbandoned_AveragesAreNullNotZero()
    {
        var metrics = ContactMetrics.From(ContactTotals.Of([ContactBuilder.Abandoned("C1"), ContactBuilder.Abandoned("C2")]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.AbandonmentRate, Is.EqualTo(1));
            Assert.That(metrics.AhtSeconds, Is.Null);
            Assert.That(metrics.TransferRate, Is.Null);
            Assert.That(metrics.TotalHandleSeconds, Is.Zero);
        }
    }

    [Test]
    public void From_NoContacts_EveryRatioIsNull()
    {
        var metrics = ContactMetrics.From(default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.Contacts, Is.Zero);
            Assert.That(metrics.AbandonmentRate, Is.Null);
            Assert.That(metrics.AhtSeconds, Is.Null);
        }
    }
}
