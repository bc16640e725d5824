using System.Globalization;
using System.Text;

namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>Renders evaluation results as Markdown tables (what <c>ia evaluate</c> prints and docs/evaluation.md keeps).</summary>
public static class EvaluationMarkdown
{
    /// <summary>A summary table: one row per test set, ours next to the baseline.</summary>
    public static string Summary(IReadOnlyList<ComparedResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder();
        sb.AppendLine("| test set | n | ours accuracy | ours macro-F1 | ours ECE | ML.NET accuracy | ML.NET macro-F1 | ML.NET ECE |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Set} | {r.Ours.Count} | {P(r.Ours.Accuracy)} | {P(r.Ours.MacroF1)} | {P(r.Ours.ExpectedCalibrationError)} | {P(r.Baseline?.Accuracy)} | {P(r.Baseline?.MacroF1)} | {P(r.Baseline?.ExpectedCalibrationError)} |");
        }

        return sb.ToString();
    }

    /// <summary>Per-class precision and recall, ours next to the baseline.</summary>
    public static string PerClass(ComparedResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.AppendLine("| class | support | ours precision | ours recall | ours F1 | ML.NET precision | ML.NET recall | ML.NET F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in result.Ours.Classes)
        {
            var b = result.Baseline?.Classes.FirstOrDefault(x => x.Label == c.Label);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Label} | {c.Support} | {P(c.Precision)} | {P(c.Recall)} | {P(c.F1)} | {P(b?.Precision)} | {P(b?.Recall)} | {P(b?.F1)} |");
        }

        return sb.ToString();
    }

    /// <summary>A confusion matrix: rows are true labels, columns predicted.</summary>
    public static string Confusion(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var labels = result.Labels;
        sb.Append("| true \\ predicted |");
        foreach (var l in labels)
        {
            sb.Append(' ').Append(Short(l)).Append(" |");
        }

        sb.AppendLine();
        sb.Append("|---|");
        sb.AppendLine(string.Concat(Enumerable.Repeat("---:|", labels.Count)));
        for (var i = 0; i < labels.Count; i++)
        {
            sb.Append("| ").Append(labels[i]).Append(" |");
            for (var j = 0; j < labels.Count; j++)
            {
                sb.Append(' ').Append(result.Confusion[i, j].ToString(CultureInfo.InvariantCulture)).Append(" |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Short(string label) => label.Length <= 8 ? label : label[..8];

    private static string P(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
