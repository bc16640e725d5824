using System.Globalization;
using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>
/// How numbers read on the pages, as in <c>ia report</c>'s table: durations m:ss, rates as percentages with one decimal,
/// "–" where a metric has no denominator. Invariant culture, so every user sees the same digits.
/// </summary>
internal static class Display
{
    public const string None = "–";

    /// <summary>Seconds as m:ss (h:mm:ss from an hour), rounded to the second.</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s)
        {
            return None;
        }

        var whole = (long)Math.Round(s, MidpointRounding.AwayFromZero);
        return whole >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 3600}:{whole % 3600 / 60:00}:{whole % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }

    /// <summary>A 0..1 rate as a percentage with one decimal.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>The 95% Wilson interval of the FCR rate as "lo–hi%", whole percents.</summary>
    public static string Interval(WilsonInterval? interval) =>
        interval is { } ci ? string.Create(CultureInfo.InvariantCulture, $"{ci.Lower * 100:0}–{ci.Upper * 100:0}%") : None;

    /// <summary>A 0..1 confidence with two decimals.</summary>
    public static string Confidence(double? confidence) =>
        confidence is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A timestamp in its own offset: 2026-11-17 09:15:02 −05:00.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) : None;

    /// <summary>A number with up to <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 2) =>
        Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    /// <summary>A transcript time (seconds from the start) as m:ss.</summary>
    public static string Offset(double? seconds) => seconds is null ? string.Empty : Duration(seconds);

    /// <summary>An SVG coordinate or length: at most one decimal, invariant culture (never a decimal comma).</summary>
    public static string Svg(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An optional text value, or the "none" mark.</summary>
    public static string Text(string? value) => string.IsNullOrEmpty(value) ? None : value;
}
