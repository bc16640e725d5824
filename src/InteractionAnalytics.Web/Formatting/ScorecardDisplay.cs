using System.Globalization;
using InteractionAnalytics.Core.Scorecards;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>
/// How scorecard numbers read: AHT as m:ss, rates and the QA score as percentages, the sentiment change as a signed
/// number; differences signed (seconds, percentage points); a withheld value as "fewer than N contacts".
/// </summary>
internal static class ScorecardDisplay
{
    /// <summary>The metric's name on the page.</summary>
    public static string Name(ScorecardMetric metric) => metric switch
    {
        ScorecardMetric.Aht => "AHT",
        ScorecardMetric.Fcr => "FCR",
        ScorecardMetric.RepeatRate => "Repeat rate",
        ScorecardMetric.TransferRate => "Transfer rate",
        ScorecardMetric.SentimentChange => "Sentiment change",
        ScorecardMetric.AgentRootCauseShare => "Root cause: agent",
        ScorecardMetric.QaScore => "QA score",
        _ => metric.ToString(),
    };

    /// <summary>What the metric's n counts, plural.</summary>
    public static string Unit(ScorecardMetric metric) => metric switch
    {
        ScorecardMetric.QaScore => "evaluations",
        _ => "contacts",
    };

    /// <summary>What the metric is, in one line, for the table's note.</summary>
    public static string Definition(ScorecardMetric metric) => metric switch
    {
        ScorecardMetric.Aht => "(talk + hold + after-call work) / handled contacts",
        ScorecardMetric.Fcr => "not repeated within the window / contacts whose window has passed",
        ScorecardMetric.RepeatRate => "repeated within the window / contacts whose window has passed (1 − FCR)",
        ScorecardMetric.TransferRate => "transferred / handled contacts",
        ScorecardMetric.SentimentChange => "mean customer sentiment, last quarter − first quarter (−2..2)",
        ScorecardMetric.AgentRootCauseShare => "root cause agent / classified contacts (a correction wins)",
        ScorecardMetric.QaScore => "mean score of submitted evaluations",
        _ => string.Empty,
    };

    /// <summary>A value in the metric's unit, or "–".</summary>
    public static string Value(ScorecardMetric metric, double? value) => metric switch
    {
        ScorecardMetric.Aht => Display.Duration(value),
        ScorecardMetric.SentimentChange => value is { } v ? Signed(v) : Display.None,
        _ => Display.Percent(value),
    };

    /// <summary>The shown value, or "fewer than N contacts" when it is withheld ("–" when there is nothing at all, n 0).</summary>
    public static string Shown(ScorecardMetric metric, ScorecardValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.BelowMinimum && value.N > 0
            ? string.Create(CultureInfo.InvariantCulture, $"fewer than {value.Minimum} {Unit(metric)}")
            : Value(metric, value.Value);
    }

    /// <summary>Agent − team: ±m:ss for AHT, ± percentage points for rates, ±0.00 for sentiment; "–" when unknown.</summary>
    public static string Difference(ScorecardMetric metric, double? difference)
    {
        if (difference is not { } d)
        {
            return Display.None;
        }

        return metric switch
        {
            ScorecardMetric.Aht => Sign(Math.Round(d, MidpointRounding.AwayFromZero)) + Display.Duration(Math.Abs(d)),
            ScorecardMetric.SentimentChange => Signed(d),
            _ => Sign(Math.Round(d * 1000, MidpointRounding.AwayFromZero)) + (Math.Abs(d) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pp",
        };
    }

    private static string Signed(double value) =>
        Sign(Math.Round(value * 100, MidpointRounding.AwayFromZero)) + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    // No sign on what reads as zero at the shown precision: "0:00", not "+0:00" or "−0:00".
    private static string Sign(double rounded) => rounded switch
    {
        < 0 => "−",
        > 0 => "+",
        _ => string.Empty,
    };
}
