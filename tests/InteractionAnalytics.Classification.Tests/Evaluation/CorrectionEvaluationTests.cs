using InteractionAnalytics.Classification.Evaluation;

namespace InteractionAnalytics.Classification.Tests.Evaluation;

[Parallelizable(ParallelScope.All)]
public sealed class CorrectionEvaluationTests
{
    // Four corrected contacts. Intent corrected on P1, P2, P3; root cause on P1 and P4. P3 and P4 held out.
    private static readonly CorrectedPrediction[] Predictions =
    [
        new("P1", "refund", "agent", BeforeIntent: "billing_dispute", BeforeRootCause: "none", AfterIntent: "refund", AfterRootCause: "agent", HeldOut: false),
        new("P2", "claim", null, BeforeIntent: "claim", BeforeRootCause: "none", AfterIntent: "claim", AfterRootCause: "none", HeldOut: false),
        new("P3", "refund", null, BeforeIntent: "other", BeforeRootCause: "none", AfterIntent: "other", AfterRootCause: "none", HeldOut: true),
        new("P4", null, "billing", BeforeIntent: "other", BeforeRootCause: "none", AfterIntent: "other", AfterRootCause: "billing", HeldOut: true),
    ];

    [Test]
    public void Compute_CountsOnlyCorrectedLabelsPerSubset_ByHand()
    {
        var rows = CorrectionEvaluation.Compute(Predictions);

        // Intent: all = P1 (before ✗, after ✓), P2 (✓, ✓), P3 (✗, ✗) → 1/3 before, 2/3 after; held out P3 → 0/1, 0/1;
        // trained P1, P2 → 1/2, 2/2. Root cause: all = P1 (✗, ✓), P4 (✗, ✓) → 0/2, 2/2; held out P4 → 0/1, 1/1; trained P1 → 0/1, 1/1.
        Assert.That(rows.Select(r => (r.Label, r.Subset, r.Contacts, r.BeforeCorrect, r.AfterCorrect)), Is.EqualTo(new[]
        {
            ("intent", "all corrected", 3, 1, 2),
            ("intent", "held out of training", 1, 0, 0),
            ("intent", "trained on", 2, 1, 2),
            ("root cause", "all corrected", 2, 0, 2),
            ("root cause", "held out of training", 1, 0, 1),
            ("root cause", "trained on", 1, 0, 1),
        }));
    }

    [Test]
    public void Compute_NothingHeldOut_OnlyTheAllRow()
    {
        var rows = CorrectionEvaluation.Compute([.. Predictions.Select(p => p with { HeldOut = false })]);

        Assert.That(rows.Select(r => (r.Label, r.Subset)), Is.EqualTo(new[] { ("intent", "all corrected"), ("root cause", "all corrected") }));
    }

    [Test]
    public void Accuracy_NoContacts_IsNullNotZero()
    {
        var row = new CorrectionAccuracy("intent", "held out of training", 0, 0, 0);

        Assert.That((row.Before, row.After), Is.EqualTo(((double?)null, (double?)null)));
    }

    [Test]
    public void Markdown_PercentagesAndChange()
    {
        var markdown = CorrectionEvaluation.Markdown(CorrectionEvaluation.Compute(Predictions), "stored", "model m-1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(markdown, Does.Contain("Before: stored. After: model m-1."));
            Assert.That(markdown, Does.Contain("| intent | all corrected | 3 | 33.3% | 66.7% | +33.3% |"));
            Assert.That(markdown, Does.Contain("| root cause | held out of training | 1 | 0.0% | 100.0% | +100.0% |"));
            Assert.That(markdown, Does.Contain("| intent | held out of training | 1 | 0.0% | 0.0% | 0.0% |"));
        }
    }
}
