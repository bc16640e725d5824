using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Outcomes;

namespace InteractionAnalytics.Core.Tests.Metrics;

public sealed class OutcomeMetricsTests
{
    [Test]
    public void From_OutcomesAndChainsComputedByHand_MatchEveryOutcomeMetric()
    {
        // Chain A: C1 (300 s) → C2 (300 s) → C3 (300 s), ends resolved: 900 s for one resolution.
        // Chain B: C4 (200 s), resolved at first contact: 200 s.
        // C5 pending (window open), C6 unlinkable (no customer key): outside the FCR rate.
        // FCR = resolved / (resolved + repeated) = 2 / 4 = 0.5; handle time per resolution = (900 + 200) / 2 = 550 s;
        // contacts per resolution = 4 / 2 = 2.
        var totals = default(ContactTotals)
            .AddOutcome(RepeatOutcome.Repeated)
            .AddOutcome(RepeatOutcome.Repeated)
            .AddOutcome(RepeatOutcome.ResolvedFirstContact)
            .AddOutcome(RepeatOutcome.ResolvedFirstContact)
            .AddOutcome(RepeatOutcome.Pending)
            .AddOutcome(RepeatOutcome.Unlinkable)
            .AddOutcome(RepeatOutcome.NotApplicable)
            .AddResolvedChain(3, 900)
            .AddResolvedChain(1, 200);

        var metrics = ContactMetrics.From(totals);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.ResolvedFirstContact, Is.EqualTo(2));
            Assert.That(metrics.Repeated, Is.EqualTo(2));
            Assert.That(metrics.Pending, Is.EqualTo(1));
            Assert.That(metrics.Unlinkable, Is.EqualTo(1));
            Assert.That(metrics.FcrN, Is.EqualTo(4));
            Assert.That(metrics.FcrRate, Is.EqualTo(0.5));
            Assert.That(metrics.RepeatRate, Is.EqualTo(0.5));
            Assert.That(metrics.FcrInterval, Is.EqualTo(WilsonInterval.Of(2, 4)));
            Assert.That(metrics.ResolvedChains, Is.EqualTo(2));
            Assert.That(metrics.HandleSecondsPerResolution, Is.EqualTo(550));
            Assert.That(metrics.ContactsPerResolution, Is.EqualTo(2));
        }
    }

    [Test]
    public void AddOutcome_RepeatedWithWindowOpen_StaysOutOfTheFcrRate()
    {
        var totals = default(ContactTotals)
            .AddOutcome(new ContactOutcome("C1", RepeatOutcome.Repeated, "C2", 60, "C1", 1, WindowElapsed: false))
            .AddOutcome(new ContactOutcome("C3", RepeatOutcome.Repeated, "C4", 60, "C3", 1, WindowElapsed: true))
            .AddOutcome(new ContactOutcome("C5", RepeatOutcome.ResolvedFirstContact, WindowElapsed: true));

        var metrics = ContactMetrics.From(totals);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.RepeatedWindowOpen, Is.EqualTo(1));
            Assert.That(metrics.FcrN, Is.EqualTo(2));
            Assert.That(metrics.FcrRate, Is.EqualTo(0.5));
        }
    }

    [Test]
    public void Plus_EveryField_IsAdded()
    {
        // Any field added to ContactTotals must also be added by Plus (roll-ups rely on it): set every settable
        // numeric property to a distinct value and check that a + a doubles each one.
        object boxed = default(ContactTotals);
        var properties = typeof(ContactTotals).GetProperties().Where(p => p.CanWrite).ToList();
        for (var i = 0; i < properties.Count; i++)
        {
            var p = properties[i];
            p.SetValue(boxed, p.PropertyType == typeof(long) ? (object)(long)(i + 1) : (double)(i + 1));
        }

        var totals = (ContactTotals)boxed;
        var sum = totals.Plus(totals);

        Assert.That(
            properties.Select(p => Convert.ToDouble(p.GetValue(sum), System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(properties.Select((_, i) => 2.0 * (i + 1))));
    }

    [Test]
    public void From_NoFinalOutcomes_LeavesRatesNull()
    {
        var metrics = ContactMetrics.From(default(ContactTotals).AddOutcome(RepeatOutcome.Pending));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.FcrRate, Is.Null);
            Assert.That(metrics.FcrInterval, Is.Null);
            Assert.That(metrics.RepeatRate, Is.Null);
            Assert.That(metrics.HandleSecondsPerResolution, Is.Null);
        }
    }
}
