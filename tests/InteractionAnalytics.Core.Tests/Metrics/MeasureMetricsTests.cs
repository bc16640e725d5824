using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Core.Sentiment;

namespace InteractionAnalytics.Core.Tests.Metrics;

public sealed class MeasureMetricsTests
{
    private static ConversationMeasures Measures(double? start, double? end, double? silence, double? conversation, ResolutionOutcome verdict) => new(
        "test",
        [],
        new CustomerSentiment { StartScore = start, EndScore = end, MeanScore = 0, ScoredTurns = 2, StartTurns = 1, EndTurns = 1, QuartersByTime = true },
        new DynamicsResult { Status = DynamicsStatus.Computed, SilenceSeconds = silence, ConversationSeconds = conversation },
        new ResolutionResult(verdict, verdict == ResolutionOutcome.Unknown ? 0 : 0.8, 0, 0, 0, []));

    [Test]
    public void AddMeasures_FourContactsComputedByHand_MatchEveryConversationMetric()
    {
        // M1: change 0.5 − (−0.5) = 1.0, silence 30 of 300 s, says resolved, no repeat → agree.
        // M2: change 0.2 − 0.4 = −0.2, silence 60 of 100 s, says resolved, repeated (window elapsed) → disagree.
        // M3: no start score (no change), untimed, says unresolved, repeated but window open → not comparable.
        // M4: change 0, silence 10 of 200 s, unknown verdict, resolved → not comparable.
        // Mean change = (1.0 − 0.2 + 0) / 3 = 0.2667; silence share = 100 / 600; conversation resolved rate = 2 / 3;
        // agreement = 1 / 2.
        var totals = default(ContactTotals)
            .AddMeasures(Measures(-0.5, 0.5, 30, 300, ResolutionOutcome.Resolved), new ContactOutcome("M1", RepeatOutcome.ResolvedFirstContact, WindowElapsed: true))
            .AddMeasures(Measures(0.4, 0.2, 60, 100, ResolutionOutcome.Resolved), new ContactOutcome("M2", RepeatOutcome.Repeated, "X", 10, "M2", 1, WindowElapsed: true))
            .AddMeasures(Measures(null, 0.1, null, null, ResolutionOutcome.Unresolved), new ContactOutcome("M3", RepeatOutcome.Repeated, "Y", 10, "M3", 1, WindowElapsed: false))
            .AddMeasures(Measures(0.3, 0.3, 10, 200, ResolutionOutcome.Unknown), new ContactOutcome("M4", RepeatOutcome.ResolvedFirstContact, WindowElapsed: true));

        var metrics = ContactMetrics.From(totals);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.SentimentChangeN, Is.EqualTo(3));
            Assert.That(metrics.AvgCustomerSentimentChange, Is.EqualTo((1.0 - 0.2 + 0) / 3).Within(1e-12));
            Assert.That(metrics.SilenceShare, Is.EqualTo(100.0 / 600).Within(1e-12));
            Assert.That(metrics.ConversationResolved, Is.EqualTo(2));
            Assert.That(metrics.ConversationUnresolved, Is.EqualTo(1));
            Assert.That(metrics.ConversationUnknown, Is.EqualTo(1));
            Assert.That(metrics.ConversationResolvedRate, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(metrics.ResolutionAgreementN, Is.EqualTo(2));
            Assert.That(metrics.ResolutionAgreementRate, Is.EqualTo(0.5));
        }
    }

    [Test]
    public void AddMeasures_UnlinkedContact_IsNotComparedWithAnyOutcome()
    {
        var metrics = ContactMetrics.From(default(ContactTotals).AddMeasures(Measures(0, 0, 0, 10, ResolutionOutcome.Resolved), null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics.ResolutionAgreementN, Is.Zero);
            Assert.That(metrics.ResolutionAgreementRate, Is.Null);
            Assert.That(metrics.SilenceShare, Is.Zero);
        }
    }
}
