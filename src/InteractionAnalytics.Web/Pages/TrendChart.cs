using System.Globalization;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// A small line chart of one metric by day for the overview: the days with a value as points, joined when they are
/// consecutive days, and the smallest, largest and last value written as text, so the chart reads without colour.
/// </summary>
public sealed class TrendChart
{
    /// <summary>The width of the view box.</summary>
    public const double Width = 260;

    /// <summary>The height of the view box.</summary>
    public const double Height = 112;

    private const double Left = 8;
    private const double Right = Width - 8;
    private const double Top = 26;
    private const double Bottom = 84;

    private TrendChart(string title, IReadOnlyList<TrendPoint> points, IReadOnlyList<string> lines)
    {
        Title = title;
        Points = points;
        Lines = lines;
    }

    /// <summary>The metric's name.</summary>
    public string Title { get; }

    /// <summary>The days with a value, first to last.</summary>
    public IReadOnlyList<TrendPoint> Points { get; }

    /// <summary>The <c>points</c> of each polyline (runs of consecutive days).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The view box.</summary>
    public static string ViewBox => "0 0 " + Display.Svg(Width) + " " + Display.Svg(Height);

    /// <summary>The smallest value as text ("–" without points).</summary>
    public string Min => Points.Count == 0 ? Display.None : Points.MinBy(p => p.Value)!.Text;

    /// <summary>The largest value as text.</summary>
    public string Max => Points.Count == 0 ? Display.None : Points.MaxBy(p => p.Value)!.Text;

    /// <summary>The last day's value as text.</summary>
    public string Last => Points.Count == 0 ? Display.None : Points[^1].Text;

    /// <summary>The first day with a value.</summary>
    public string FirstDay => Points.Count == 0 ? Display.None : Points[0].Day;

    /// <summary>The last day with a value.</summary>
    public string LastDay => Points.Count == 0 ? Display.None : Points[^1].Day;

    /// <summary>What the chart shows, in words (its accessible name).</summary>
    public string Summary => Points.Count == 0
        ? Title + ": no values"
        : Title + " by day, " + FirstDay + " to " + LastDay + ": min " + Min + ", max " + Max + ", last " + Last;

    /// <summary>The four daily trends of the overview (volume, AHT, FCR with n, abandonment) from a report by day.</summary>
    public static IReadOnlyList<TrendChart> Daily(Report byDay)
    {
        ArgumentNullException.ThrowIfNull(byDay);
        return
        [
            Create("Volume (contacts)", byDay, m => m.Contacts, null, (v, _) => Display.Count((long)v)),
            Create("AHT", byDay, m => m.AhtSeconds, null, (v, _) => Display.Duration(v)),
            Create("FCR", byDay, m => m.FcrRate, 1, (v, m) => Display.Percent(v) + " (n " + Display.Count(m.FcrN) + ")"),
            Create("Abandonment rate", byDay, m => m.AbandonmentRate, 1, (v, _) => Display.Percent(v)),
        ];
    }

    private static TrendChart Create(
        string title, Report byDay, Func<ContactMetrics, double?> value, double? fixedMax, Func<double, ContactMetrics, string> text)
    {
        var days = byDay.Groups
            .Select(g => (Day: ParseDay(g.Key), g.Metrics, Value: value(g.Metrics)))
            .Where(d => d.Day is not null && d.Value is not null)
            .Select(d => (Day: d.Day!.Value, d.Metrics, Value: d.Value!.Value))
            .OrderBy(d => d.Day)
            .ToList();
        if (days.Count == 0)
        {
            return new TrendChart(title, [], []);
        }

        var first = days[0].Day;
        var span = days[^1].Day.DayNumber - first.DayNumber;
        var max = fixedMax ?? days.Max(d => d.Value);
        if (max <= 0)
        {
            max = 1;
        }

        var points = days.Select(d =>
        {
            var x = span == 0 ? (Left + Right) / 2 : Left + (Right - Left) * (d.Day.DayNumber - first.DayNumber) / span;
            var y = Bottom - (Bottom - Top) * Math.Clamp(d.Value / max, 0, 1);
            return new TrendPoint(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Value, text(d.Value, d.Metrics), Display.Svg(x), Display.Svg(y));
        }).ToList();

        var lines = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0 && days[i].Day.DayNumber - days[i - 1].Day.DayNumber != 1)
            {
                lines.Add(string.Join(' ', run));
                run.Clear();
            }

            run.Add(points[i].X + "," + points[i].Y);
        }

        lines.Add(string.Join(' ', run));
        return new TrendChart(title, points, lines.Where(l => l.Contains(' ', StringComparison.Ordinal)).ToList());
    }

    private static DateOnly? ParseDay(string? key) =>
        DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
