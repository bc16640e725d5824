using InteractionAnalytics.Classification.Evaluation;

namespace InteractionAnalytics.Classification.Tests.Evaluation;

[Parallelizable(ParallelScope.All)]
public sealed class EvaluationResultTests
{
    /// <summary>
    /// Ten predictions over a, b, c (✓ = correct), with the 10-bin confidence bin of each:
    /// <code>
    ///  #  true pred conf  bin
    ///  1  a    a    0.95  9 ✓
    ///  2  a    a    0.92  9 ✓
    ///  3  a    b    0.85  8
    ///  4  a    a    0.81  8 ✓
    ///  5  b    b    0.75  7 ✓
    ///  6  b    a    0.62  6
    ///  7  b    b    0.55  5 ✓
    ///  8  c    c    0.35  3 ✓
    ///  9  c    b    0.33  3
    /// 10  c    a    0.15  1
    /// </code>
    /// </summary>
    private static readonly Prediction[] TenPredictions =
    [
        new("a", "a", 0.95), new("a", "a", 0.92), new("a", "b", 0.85), new("a", "a", 0.81), new("b", "b", 0.75),
        new("b", "a", 0.62), new("b", "b", 0.55), new("c", "c", 0.35), new("c", "b", 0.33), new("c", "a", 0.15),
    ];

    [Test]
    public void Compute_TenPredictions_AccuracyAndConfusionByHand()
    {
        // Correct: 1, 2, 4, 5, 7, 8 → 6 / 10.
        // Confusion [true, predicted]:  a: (3, 1, 0)   b: (1, 2, 0)   c: (1, 1, 1).
        var result = EvaluationResult.Compute(TenPredictions);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Count, Is.EqualTo(10));
            Assert.That(result.Accuracy, Is.EqualTo(0.6).Within(1e-12));
            Assert.That(result.Labels, Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(result.Confusion, Is.EqualTo(new[,] { { 3, 1, 0 }, { 1, 2, 0 }, { 1, 1, 1 } }));
        }
    }

    [Test]
    public void Compute_TenPredictions_PerClassPrecisionRecallF1ByHand()
    {
        // a: predicted 5 (3 + 1 + 1), support 4: P = 3/5 = 0.6, R = 3/4 = 0.75, F1 = 2·0.6·0.75 / 1.35 = 2/3.
        // b: predicted 4, support 3: P = 2/4 = 0.5, R = 2/3, F1 = 2·0.5·(2/3) / (7/6) = 4/7.
        // c: predicted 1, support 3: P = 1/1 = 1, R = 1/3, F1 = 2·(1/3) / (4/3) = 0.5.
        var result = EvaluationResult.Compute(TenPredictions);

        using (Assert.EnterMultipleScope())
        {
            AssertClass(result.Classes[0], "a", 4, 5, 0.6, 0.75, 2d / 3);
            AssertClass(result.Classes[1], "b", 3, 4, 0.5, 2d / 3, 4d / 7);
            AssertClass(result.Classes[2], "c", 3, 1, 1, 1d / 3, 0.5);
        }
    }

    [Test]
    public void Compute_TenPredictions_MacroF1IsTheMeanOfTheClassF1()
    {
        // (2/3 + 4/7 + 1/2) / 3 = (28 + 24 + 21) / 42 / 3 = 73 / 126 = 0.5793651.
        var result = EvaluationResult.Compute(TenPredictions);

        Assert.That(result.MacroF1, Is.EqualTo(73d / 126).Within(1e-12));
    }

    [Test]
    public void Compute_TenPredictions_ExpectedCalibrationErrorByHand()
    {
        // Per bin: weight n_bin/10 × |accuracy − mean confidence|
        //   bin 9: 2/10 × |1   − 0.935| = 0.013      bin 8: 2/10 × |0.5 − 0.83| = 0.066
        //   bin 7: 1/10 × |1   − 0.75 | = 0.025      bin 6: 1/10 × |0   − 0.62| = 0.062
        //   bin 5: 1/10 × |1   − 0.55 | = 0.045      bin 3: 2/10 × |0.5 − 0.34| = 0.032
        //   bin 1: 1/10 × |0   − 0.15 | = 0.015
        // ECE = 0.013 + 0.066 + 0.025 + 0.062 + 0.045 + 0.032 + 0.015 = 0.258.
        var result = EvaluationResult.Compute(TenPredictions);

        Assert.That(result.ExpectedCalibrationError, Is.EqualTo(0.258).Within(1e-12));
    }

    [Test]
    public void Compute_TwoBinsByHand_ExpectedCalibrationError()
    {
        // Bin 9: {0.95 ✓, 0.95 ✗} → 2/4 × |0.5 − 0.95| = 0.225; bin 2: {0.25 ✓, 0.25 ✗} → 2/4 × |0.5 − 0.25| = 0.125.
        // ECE = 0.35.
        Prediction[] predictions = [new("a", "a", 0.95), new("a", "b", 0.95), new("b", "b", 0.25), new("b", "a", 0.25)];

        Assert.That(EvaluationResult.Compute(predictions).ExpectedCalibrationError, Is.EqualTo(0.35).Within(1e-12));
    }

    [Test]
    public void Compute_ConfidenceOneAndZero_FallInTheEndBins()
    {
        // Confidence 1 is in bin 9 (not an 11th bin); all correct at 1 → 0. A wrong 0 adds 1/2 × |0 − 0| = 0.
        Prediction[] predictions = [new("a", "a", 1.0), new("a", "b", 0.0)];

        Assert.That(EvaluationResult.Compute(predictions).ExpectedCalibrationError, Is.Zero);
    }

    [Test]
    public void Compute_PerfectlyCalibratedBin_HasZeroError()
    {
        // Four predictions at 0.75, three right: accuracy 0.75 = confidence.
        Prediction[] predictions = [new("a", "a", 0.75), new("a", "a", 0.75), new("a", "a", 0.75), new("a", "b", 0.75)];

        Assert.That(EvaluationResult.Compute(predictions).ExpectedCalibrationError, Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void Compute_ClassOnlyPredicted_IsExcludedFromMacroF1()
    {
        // d is never true (support 0): precision 0/1 = 0, recall and F1 undefined; macro-F1 is over a only:
        // a: P = 1/1, R = 1/2, F1 = 2/3.
        Prediction[] predictions = [new("a", "a", 0.9), new("a", "d", 0.6)];

        var result = EvaluationResult.Compute(predictions);

        using (Assert.EnterMultipleScope())
        {
            AssertClass(result.Classes[0], "a", 2, 1, 1, 0.5, 2d / 3);
            AssertClass(result.Classes[1], "d", 0, 1, 0, null, null);
            Assert.That(result.MacroF1, Is.EqualTo(2d / 3).Within(1e-12));
        }
    }

    [Test]
    public void Compute_ClassNeverPredicted_HasUndefinedPrecisionAndZeroF1InTheMacro()
    {
        // b is true once and never predicted: precision undefined, recall 0, F1 0 — and it counts in the macro.
        // a: P = 2/3, R = 1, F1 = 0.8. Macro = (0.8 + 0) / 2 = 0.4.
        Prediction[] predictions = [new("a", "a", 0.9), new("a", "a", 0.9), new("b", "a", 0.9)];

        var result = EvaluationResult.Compute(predictions);

        using (Assert.EnterMultipleScope())
        {
            AssertClass(result.Classes[0], "a", 2, 3, 2d / 3, 1, 0.8);
            AssertClass(result.Classes[1], "b", 1, 0, null, 0, 0);
            Assert.That(result.MacroF1, Is.EqualTo(0.4).Within(1e-12));
        }
    }

    [Test]
    public void Compute_LabelOrder_IsUsedThenUnlistedLabelsByName()
    {
        // Order c, a (z unseen and dropped); b is not in the order, so it follows by name.
        var result = EvaluationResult.Compute(TenPredictions, ["c", "z", "a"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Labels, Is.EqualTo(new[] { "c", "a", "b" }));
            Assert.That(result.Classes.Select(c => c.Label), Is.EqualTo(result.Labels));
            Assert.That(result.Confusion, Is.EqualTo(new[,] { { 1, 1, 1 }, { 0, 3, 1 }, { 0, 1, 2 } }));
            Assert.That(result.MacroF1, Is.EqualTo(73d / 126).Within(1e-12));
        }
    }

    [Test]
    public void Compute_NoPredictions_IsAllZero()
    {
        var result = EvaluationResult.Compute([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Count, Is.Zero);
            Assert.That(result.Accuracy, Is.Zero);
            Assert.That(result.MacroF1, Is.Zero);
            Assert.That(result.ExpectedCalibrationError, Is.Zero);
            Assert.That(result.Classes, Is.Empty);
            Assert.That(result.Labels, Is.Empty);
        }
    }

    [Test]
    public void Compute_AllCorrect_IsPerfect()
    {
        Prediction[] predictions = [new("a", "a", 1), new("b", "b", 1), new("c", "c", 1)];

        var result = EvaluationResult.Compute(predictions);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Accuracy, Is.EqualTo(1));
            Assert.That(result.MacroF1, Is.EqualTo(1));
            Assert.That(result.ExpectedCalibrationError, Is.Zero);
        }
    }

    [Test]
    public void Compute_Null_Throws() => Assert.Throws<ArgumentNullException>(() => EvaluationResult.Compute(null!));

    private static void AssertClass(
        ClassMetrics actual, string label, int support, int predicted, double? precision, double? recall, double? f1)
    {
        Assert.That(actual.Label, Is.EqualTo(label));
        Assert.That(actual.Support, Is.EqualTo(support), $"{label} support");
        Assert.That(actual.Predicted, Is.EqualTo(predicted), $"{label} predicted");
        AssertNullable(actual.Precision, precision, $"{label} precision");
        AssertNullable(actual.Recall, recall, $"{label} recall");
        AssertNullable(actual.F1, f1, $"{label} F1");
    }

    private static void AssertNullable(double? actual, double? expected, string what)
    {
        if (expected is { } value)
        {
            Assert.That(actual, Is.EqualTo(value).Within(1e-12), what);
        }
        else
        {
            Assert.That(actual, Is.Null, what);
        }
    }
}
