using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Pages.Agents;

/// <summary>
/// A line chart of one scorecard metric by ISO week, the agent (solid line, dots) next to the team (dashed line, squares):
/// weeks where the agent's value is withheld (below the minimum sample) or unknown are gaps in the agent's line, and
/// withheld weeks are marked on the axis. The last week's values are written as text; the page adds a table of every week.
/// </summary>
public sealed class WeeklyTrendChart
{
    /// <summary>The width of the view box.</summary>
    public const double Width = 300;

    /// <summary>The height of the view box.</summary>
    public const double Height = 132;

    private const double Left = 10;
    private const double Right = Width - 10;
    private const double Top = 30;
    private const double Bottom = 96;

    private WeeklyTrendChart(ScorecardMetric metric, IReadOnlyList<WeeklyTrendPoint> points, IReadOnlyList<string> agentLines, IReadOnlyList<string> teamLines, string? zeroY)
    {
        Metric = metric;
        Points = points;
        AgentLines = agentLines;
        TeamLines = teamLines;
        ZeroY = zeroY;
    }

    /// <summary>The metric drawn.</summary>
    public ScorecardMetric Metric { get; }

    /// <summary>The metric's name.</summary>
    public string Title => ScorecardDisplay.Name(Metric);

    /// <summary>Every week, oldest first.</summary>
    public IReadOnlyList<WeeklyTrendPoint> Points { get; }

    /// <summary>The <c>points</c> of each agent polyline (runs of weeks with a shown value).</summary>
    public IReadOnlyList<string> AgentLines { get; }

    /// <summary>The <c>points</c> of each team polyline.</summary>
    public IReadOnlyList<string> TeamLines { get; }

    /// <summary>The y of the zero line when the scale has negative values (sentiment change); otherwise <see langword="null"/>.</summary>
    public string? ZeroY { get; }

    /// <summary>The y of the axis.</summary>
    public static string AxisY => Display.Svg(Bottom);

    /// <summary>The view box.</summary>
    public static string ViewBox => "0 0 " + Display.Svg(Width) + " " + Display.Svg(Height);

    /// <summary>Whether any week's agent value is withheld.</summary>
    public bool HasWithheld => Points.Any(p => p.AgentWithheld);

    /// <summary>The last week's values in words, e.g. "2026-W48: agent 5:00, team 4:30".</summary>
    public string LastText => Points.Count == 0
        ? "No weeks in this range"
        : Points[^1].Week + ": agent " + Points[^1].AgentText + ", team " + Points[^1].TeamText;

    /// <summary>What the chart shows, in words (its accessible name).</summary>
    public string Summary => Points.Count == 0
        ? Title + " by week: no values"
        : Title + " by week, " + Points[0].Week + " to " + Points[^1].Week + ", agent against team. " +
          string.Join("; ", Points.Select(p => p.Week + ": agent " + p.AgentText + ", team " + p.TeamText));

    /// <summary>The chart of <paramref name="metric"/> over <paramref name="weeks"/>.</summary>
    public static WeeklyTrendChart Create(ScorecardMetric metric, IReadOnlyList<ScorecardWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (weeks.Count == 0)
        {
            return new WeeklyTrendChart(metric, [], [], [], null);
        }

        var values = weeks.SelectMany(w => new[] { w.Agent[metric].Shown, w.Team[metric].Shown }).OfType<double>().ToList();
        var (low, high) = metric switch
        {
            ScorecardMetric.Aht => (0.0, values.Count == 0 ? 1 : Math.Max(values.Max(), 1)),
            ScorecardMetric.SentimentChange => (Math.Min(values.DefaultIfEmpty(0).Min(), 0), Math.Max(values.DefaultIfEmpty(0).Max(), 0)),
            _ => (0.0, 1.0),
        };
        if (high - low <= 0)
        {
            high = low + 1;
        }

        var first = weeks[0].Start;
        var span = (weeks[^1].Start.DayNumber - first.DayNumber) / 7;
        double? Y(double? value) => value is { } v ? Bottom - (Bottom - Top) * Math.Clamp((v - low) / (high - low), 0, 1) : null;
        var points = weeks.Select(w =>
        {
            var index = (w.Start.DayNumber - first.DayNumber) / 7;
            var x = span == 0 ? (Left + Right) / 2 : Left + (Right - Left) * index / span;
            var agent = w.Agent[metric];
            var team = w.Team[metric];
            return new WeeklyTrendPoint(
                w.Name, x, Y(agent.Shown), Y(team.Shown), ScorecardDisplay.Shown(metric, agent), ScorecardDisplay.Shown(metric, team),
                agent.BelowMinimum && agent.N > 0);
        }).ToList();
        var zero = low < 0 ? Display.Svg(Y(0)!.Value) : null;
        return new WeeklyTrendChart(metric, points, Runs(weeks, points, p => p.AgentY), Runs(weeks, points, p => p.TeamY), zero);
    }

    // Consecutive ISO weeks that both have a value are joined; a missing week or a gap breaks the line.
    private static List<string> Runs(IReadOnlyList<ScorecardWeek> weeks, List<WeeklyTrendPoint> points, Func<WeeklyTrendPoint, double?> y)
    {
        var lines = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var consecutive = i > 0 && weeks[i].Start.DayNumber - weeks[i - 1].Start.DayNumber == 7;
            if (y(points[i]) is null || !consecutive)
            {
                if (run.Count > 1)
                {
                    lines.Add(string.Join(' ', run));
                }

                run.Clear();
            }

            if (y(points[i]) is { } shown)
            {
                run.Add(Display.Svg(points[i].X) + "," + Display.Svg(shown));
            }
        }

        if (run.Count > 1)
        {
            lines.Add(string.Join(' ', run));
        }

        return lines;
    }
}
