namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>
/// Accuracy, macro-F1, per-class metrics, the confusion matrix and the expected calibration error of a set of
/// predictions (definitions in docs/classification.md).
/// </summary>
public sealed class EvaluationResult
{
    private EvaluationResult(
        int count, double accuracy, double macroF1, IReadOnlyList<ClassMetrics> classes, IReadOnlyList<string> labels, int[,] confusion, double ece)
    {
        Count = count;
        Accuracy = accuracy;
        MacroF1 = macroF1;
        Classes = classes;
        Labels = labels;
        Confusion = confusion;
        ExpectedCalibrationError = ece;
    }

    /// <summary>Examples evaluated.</summary>
    public int Count { get; }

    /// <summary>Correct / evaluated, 0..1.</summary>
    public double Accuracy { get; }

    /// <summary>Unweighted mean of the F1 of every class with support &gt; 0, 0..1.</summary>
    public double MacroF1 { get; }

    /// <summary>Per-class metrics, for every label seen as truth or prediction, in label order.</summary>
    public IReadOnlyList<ClassMetrics> Classes { get; }

    /// <summary>Row and column labels of <see cref="Confusion"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Counts: [true label index, predicted label index].</summary>
    public int[,] Confusion { get; }

    /// <summary>
    /// Expected calibration error over 10 equal-width confidence bins: Σ_bins (n_bin / n) · |accuracy_bin − mean confidence_bin|,
    /// 0..1; 0 is perfectly calibrated.
    /// </summary>
    public double ExpectedCalibrationError { get; }

    /// <summary>Computes the metrics of <paramref name="predictions"/>; labels are ordered by <paramref name="labelOrder"/>, then by name.</summary>
    public static EvaluationResult Compute(IReadOnlyList<Prediction> predictions, IReadOnlyList<string>? labelOrder = null)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var seen = predictions.SelectMany(p => new[] { p.Expected, p.Predicted }).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var labels = (labelOrder ?? []).Where(seen.Contains)
            .Concat(seen.Where(l => labelOrder is null || !labelOrder.Contains(l)).Order(StringComparer.Ordinal))
            .ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        var correct = 0;
        foreach (var p in predictions)
        {
            confusion[index[p.Expected], index[p.Predicted]]++;
            if (p.Expected == p.Predicted)
            {
                correct++;
            }
        }

        var classes = new List<ClassMetrics>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var support = 0;
            var predicted = 0;
            for (var j = 0; j < labels.Count; j++)
            {
                support += confusion[i, j];
                predicted += confusion[j, i];
            }

            var hit = confusion[i, i];
            double? precision = predicted > 0 ? (double)hit / predicted : null;
            double? recall = support > 0 ? (double)hit / support : null;
            double? f1 = precision is { } pr && recall is { } rc ? (pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0) : (support > 0 ? 0 : null);
            classes.Add(new ClassMetrics(labels[i], support, predicted, precision, recall, f1));
        }

        var supported = classes.Where(c => c.Support > 0).ToList();
        var macroF1 = supported.Count > 0 ? supported.Average(c => c.F1 ?? 0) : 0;
        return new EvaluationResult(
            predictions.Count, predictions.Count > 0 ? (double)correct / predictions.Count : 0, macroF1, classes, labels, confusion, Ece(predictions));
    }

    private static double Ece(IReadOnlyList<Prediction> predictions)
    {
        if (predictions.Count == 0)
        {
            return 0;
        }

        const int Bins = 10;
        var count = new int[Bins];
        var confidence = new double[Bins];
        var correct = new int[Bins];
        foreach (var p in predictions)
        {
            var bin = Math.Min(Bins - 1, (int)(Math.Clamp(p.Confidence, 0, 1) * Bins));
            count[bin]++;
            confidence[bin] += p.Confidence;
            correct[bin] += p.Expected == p.Predicted ? 1 : 0;
        }

        var ece = 0d;
        for (var b = 0; b < Bins; b++)
        {
            if (count[b] > 0)
            {
                ece += (double)count[b] / predictions.Count * Math.Abs(((double)correct[b] / count[b]) - (confidence[b] / count[b]));
            }
        }

        return ece;
    }
}
