using System.Globalization;
using System.Text;

namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>
/// <c>ia evaluate --corrections</c>: accuracy against supervisors' corrections, before and after retraining
/// (docs/evaluation.md). A contact counts for a label only when that label was corrected; the supervisor's label is the
/// truth. Corrections the after model trained on measure how well it learned them (fit), the held-out ones how well it
/// generalises; both are reported apart.
/// </summary>
public static class CorrectionEvaluation
{
    /// <summary>The label kinds, in report order.</summary>
    public const string Intent = "intent";

    /// <summary>The root-cause label kind.</summary>
    public const string RootCause = "root cause";

    /// <summary>The subset of every corrected contact.</summary>
    public const string All = "all corrected";

    /// <summary>The subset held out of the after model's training.</summary>
    public const string HeldOut = "held out of training";

    /// <summary>The subset the after model trained on.</summary>
    public const string Trained = "trained on";

    /// <summary>
    /// Accuracy per label kind: all corrected contacts, then (when any contact is held out) the held-out and the trained-on
    /// contacts apart.
    /// </summary>
    public static IReadOnlyList<CorrectionAccuracy> Compute(IReadOnlyList<CorrectedPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var anyHeldOut = predictions.Any(p => p.HeldOut);
        var result = new List<CorrectionAccuracy>();
        foreach (var (label, truth, before, after) in new (string, Func<CorrectedPrediction, string?>, Func<CorrectedPrediction, string>, Func<CorrectedPrediction, string>)[]
        {
            (Intent, p => p.CorrectedIntent, p => p.BeforeIntent, p => p.AfterIntent),
            (RootCause, p => p.CorrectedRootCause, p => p.BeforeRootCause, p => p.AfterRootCause),
        })
        {
            var subsets = anyHeldOut
                ? new (string, Func<CorrectedPrediction, bool>)[] { (All, _ => true), (HeldOut, p => p.HeldOut), (Trained, p => !p.HeldOut) }
                : [(All, _ => true)];
            foreach (var (subset, include) in subsets)
            {
                var scored = predictions.Where(p => include(p) && truth(p) is not null).ToList();
                result.Add(new CorrectionAccuracy(
                    label,
                    subset,
                    scored.Count,
                    scored.Count(p => before(p) == truth(p)),
                    scored.Count(p => after(p) == truth(p))));
            }
        }

        return result;
    }

    /// <summary>The accuracies as a Markdown table with a short heading naming the two models.</summary>
    public static string Markdown(IReadOnlyList<CorrectionAccuracy> rows, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Accuracy on supervisors' corrections");
        sb.AppendLine();
        sb.AppendLine(inv, $"Before: {before}. After: {after}. The supervisor's label is the truth; a contact counts for a label only when that label was corrected.");
        sb.AppendLine();
        sb.AppendLine("| label | contacts | n | before | after | change |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var change = row.Before is { } b && row.After is { } a ? (a - b).ToString("+0.0%;-0.0%;0.0%", inv) : "–";
            sb.AppendLine(inv, $"| {row.Label} | {row.Subset} | {row.Contacts} | {Percent(row.Before)} | {Percent(row.After)} | {change} |");
        }

        return sb.ToString();
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("0.0%", CultureInfo.InvariantCulture) : "–";
}
