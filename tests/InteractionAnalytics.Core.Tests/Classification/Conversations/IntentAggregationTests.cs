using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Core.Tests.Classification.Conversations;

[Parallelizable(ParallelScope.All)]
public sealed class IntentAggregationTests
{
    [Test]
    public void Combine_ThreeTurnsDecayHalf_MatchesTheHandComputation()
    {
        // Classes [billing, access, other, _no_reason]; weights 1, 0.5, 0.25.
        //   totals: billing = 0.05 + 0.5·0.60 + 0.25·0.20 = 0.40; access = 0.03 + 0.10 + 0.125 = 0.255; other = 0.095
        //   Σ decay^k (1 − p_k(no reason)) = 0.10 + 0.5·0.90 + 0.25·0.80 = 0.75;  Π p_k(no reason) = 0.9·0.1·0.2 = 0.018
        //   P(billing) = (1 − 0.018) × 0.40 / 0.75 = 0.5237333.
        float[][] turns =
        [
            [0.05f, 0.03f, 0.02f, 0.90f],
            [0.60f, 0.20f, 0.10f, 0.10f],
            [0.20f, 0.50f, 0.10f, 0.20f],
        ];

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: 3, decay: 0.5, new double[4]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.Zero);
            Assert.That(confidence, Is.EqualTo(0.5237333).Within(1e-6));
        }
    }

    [Test]
    public void Combine_NoReasonFirstClass_NeverReturnsItAndDecayDecidesTheWinner()
    {
        // Classes [_no_reason, billing, access].
        //   decay 0.5: billing = 0.06 + 0.05 + 0.225 = 0.335; access = 0.04 + 0.40 + 0.0125 = 0.4525 → access;
        //     mass = 0.10 + 0.45 + 0.2375 = 0.7875; Π no = 0.9·0.1·0.05 = 0.0045; P = 0.9955 × 0.4525 / 0.7875 = 0.5720175.
        //   decay 1: billing = 1.06, access = 0.89 → billing; mass = 1.95; P = 0.9955 × 1.06 / 1.95 = 0.5411436.
        float[][] turns =
        [
            [0.90f, 0.06f, 0.04f],
            [0.10f, 0.10f, 0.80f],
            [0.05f, 0.90f, 0.05f],
        ];
        var totals = new double[3];

        var half = IntentAggregation.Combine(turns, noReasonIndex: 0, decay: 0.5, totals);
        var flat = IntentAggregation.Combine(turns, noReasonIndex: 0, decay: 1.0, totals);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(half.Best, Is.EqualTo(2));
            Assert.That(half.Confidence, Is.EqualTo(0.5720175).Within(1e-6));
            Assert.That(flat.Best, Is.EqualTo(1));
            Assert.That(flat.Confidence, Is.EqualTo(0.5411436).Within(1e-6));
        }
    }

    [Test]
    public void Combine_NoReasonClassLargestEverywhere_IsStillNotChosen()
    {
        // [_no_reason, a, b]: one turn at 0.6 no reason; a wins with (1 − 0.6) × 0.3 / 0.4 = 0.3.
        float[][] turns = [[0.6f, 0.3f, 0.1f]];

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: 0, decay: 0.5, new double[3]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(confidence, Is.EqualTo(0.3).Within(1e-6));
        }
    }

    [Test]
    public void Combine_EveryTurnNoReason_ReturnsMinusOneAndZero()
    {
        float[][] turns = [[0f, 0f, 1f], [0f, 0f, 1f]];

        var result = IntentAggregation.Combine(turns, noReasonIndex: 2, decay: 0.5, new double[3]);

        Assert.That(result, Is.EqualTo((-1, 0d)));
    }

    [Test]
    public void Combine_NoTurns_ReturnsMinusOneAndZero() =>
        Assert.That(IntentAggregation.Combine([], noReasonIndex: 2, decay: 0.5, new double[3]), Is.EqualTo((-1, 0d)));

    [Test]
    public void Combine_WithoutNoReasonClass_IsTheWeightedAverage()
    {
        // No no-reason class: Π = 0, mass = 1 + 0.5 = 1.5; b = 0.8 + 0.5·0.4 = 1.0 → P = 1.0 / 1.5 = 0.6666667.
        float[][] turns = [[0.2f, 0.8f], [0.6f, 0.4f]];

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: -1, decay: 0.5, new double[2]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(confidence, Is.EqualTo(2d / 3).Within(1e-6));
        }
    }

    [Test]
    public void Combine_SingleConfidentTurn_ConfidenceIsItsProbability()
    {
        // One turn, no-reason 0: P = (1 − 0) × 0.7 / 1 = 0.7.
        float[][] turns = [[0.7f, 0.3f, 0f]];

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: 2, decay: 0.6, new double[3]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.Zero);
            Assert.That(confidence, Is.EqualTo(0.7).Within(1e-6));
        }
    }

    [Test]
    public void Combine_ScratchLargerThanClassCountAndDirty_IsOverwritten()
    {
        float[][] turns = [[0.2f, 0.8f]];
        var totals = new double[] { 100, -100, 55 };

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: -1, decay: 0.5, totals);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(confidence, Is.EqualTo(0.8).Within(1e-6));
            Assert.That(totals[0], Is.EqualTo(0.2).Within(1e-6));
        }
    }

    [Test]
    public void Combine_ManyTurns_ConfidenceStaysInZeroOne()
    {
        var random = new Random(3);
        var turns = new List<float[]>();
        for (var k = 0; k < 12; k++)
        {
            var raw = Enumerable.Range(0, 5).Select(_ => (float)random.NextDouble()).ToArray();
            var sum = raw.Sum();
            turns.Add([.. raw.Select(v => v / sum)]);
        }

        var (best, confidence) = IntentAggregation.Combine(turns, noReasonIndex: 4, decay: 0.6, new double[5]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.InRange(0, 3));
            Assert.That(confidence, Is.InRange(0d, 1d));
        }
    }
}
