using System.Globalization;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>
/// How a sentiment score (VADER compound, -1..1) reads on the pages: signed with two decimals and a word at the conventional
/// thresholds (docs/sentiment.md), so it is readable without colour.
/// </summary>
internal static class SentimentDisplay
{
    /// <summary>The score with its sign and two decimals: +0.42, -0.31, 0.00.</summary>
    public static string Score(double? score) =>
        score is { } s ? (Math.Round(s, 2) + 0.0).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : Display.None;

    /// <summary><c>positive</c> at 0.05 or more, <c>negative</c> at -0.05 or less, <c>neutral</c> between.</summary>
    public static string Word(double score) => score >= 0.05 ? "positive" : score <= -0.05 ? "negative" : "neutral";
}
