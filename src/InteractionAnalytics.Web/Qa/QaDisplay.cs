using System.Globalization;
using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Qa;

/// <summary>How QA values read on the pages.</summary>
public static class QaDisplay
{
    /// <summary>A score 0..1 as a percentage with one decimal ("87.5%"); "no score" when every answer was N/A.</summary>
    public static string Score(double? score) => score is null ? "no score (every question N/A)" : Display.Percent(score);

    /// <summary>Points with up to two decimals ("5", "2.5").</summary>
    public static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An answer as words: yes, no, N/A, or "unanswered".</summary>
    public static string Answer(QaAnswer? answer) => answer switch
    {
        QaAnswer.Yes => "yes",
        QaAnswer.No => "no",
        QaAnswer.NotApplicable => "N/A",
        _ => "unanswered",
    };

    /// <summary>An automatic item's name in words ("identity verification").</summary>
    public static string AutoName(QaAutoKind kind) => QaAutoKinds.Name(kind).Replace('_', ' ');
}
