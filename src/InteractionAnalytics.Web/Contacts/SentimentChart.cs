using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// The customer's sentiment through one call, for the contact page: each customer turn's score (-1..1) as a point at the
/// turn's start time (or at its position when the transcript is untimed), joined in order, against a zero line with
/// "positive" above and "negative" below written on the chart, and the start, end and change as text, so it reads without
/// colour. Turns whose text is empty have no score worth drawing and are left out.
/// </summary>
public sealed class SentimentChart
{
    /// <summary>The width of the view box.</summary>
    public const double Width = 560;

    /// <summary>The height of the view box.</summary>
    public const double Height = 150;

    /// <summary>The x of the plot's left edge.</summary>
    public const double Left = 64;

    /// <summary>The x of the plot's right edge.</summary>
    public const double Right = Width - 12;

    /// <summary>The y of +1.</summary>
    public const double Top = 16;

    /// <summary>The y of -1.</summary>
    public const double Bottom = 124;

    private SentimentChart(IReadOnlyList<SentimentPoint> points, bool timed, string line)
    {
        Points = points;
        Timed = timed;
        Line = line;
    }

    /// <summary>The customer turns drawn, in order.</summary>
    public IReadOnlyList<SentimentPoint> Points { get; }

    /// <summary>Whether x is time (seconds from the start) rather than turn position.</summary>
    public bool Timed { get; }

    /// <summary>The polyline's <c>points</c>.</summary>
    public string Line { get; }

    /// <summary>The view box.</summary>
    public static string ViewBox => "0 0 " + Display.Svg(Width) + " " + Display.Svg(Height);

    /// <summary>The y of 0 (neutral).</summary>
    public static string ZeroY => Display.Svg(Y(0));

    /// <summary>The first point's x coordinate: where the axis labels go.</summary>
    public static string LeftX => Display.Svg(Left);

    /// <summary>The last point's x coordinate.</summary>
    public static string RightX => Display.Svg(Right);

    /// <summary>What the chart shows, in words (its accessible name).</summary>
    public string Summary =>
        $"Customer sentiment through the call, {Points.Count} customer turns: first {Points[0].Text} ({Points[0].At}), "
        + $"lowest {Points.MinBy(p => p.Score)!.Text} ({Points.MinBy(p => p.Score)!.At}), last {Points[^1].Text} ({Points[^1].At})";

    /// <summary>
    /// The chart for <paramref name="turns"/> and their <paramref name="sentiment"/>, or <see langword="null"/> when fewer
    /// than two customer turns have a score (one point is not a line; the text above the transcript says it).
    /// </summary>
    public static SentimentChart? Create(IReadOnlyList<ContactTurn> turns, ContactSentiment? sentiment)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (sentiment is null)
        {
            return null;
        }

        var customer = turns
            .Where(t => t.Speaker == "customer" && t.Index >= 0 && t.Index < sentiment.TurnScores.Count && !string.IsNullOrWhiteSpace(t.Text))
            .ToList();
        if (customer.Count < 2)
        {
            return null;
        }

        // Time when every drawn turn has a start, else position: mixing the two would misplace points.
        var timed = customer.All(t => t.StartSeconds is not null);
        var first = timed ? customer[0].StartSeconds!.Value : 0;
        var last = timed ? customer[^1].StartSeconds!.Value : customer.Count - 1;
        var span = Math.Max(last - first, 1e-9);
        var points = customer.Select((t, i) =>
        {
            var score = Math.Clamp(sentiment.TurnScores[t.Index], -1, 1);
            var x = Left + ((Right - Left) * ((timed ? t.StartSeconds!.Value : i) - first) / span);
            var at = timed ? Display.Duration(t.StartSeconds) : "turn " + (t.Index + 1);
            return new SentimentPoint(t.Index, at, score, SentimentDisplay.Score(score) + " " + SentimentDisplay.Word(score), Display.Svg(x), Display.Svg(Y(score)));
        }).ToList();
        return new SentimentChart(points, timed, string.Join(" ", points.Select(p => p.X + "," + p.Y)));
    }

    private static double Y(double score) => Top + ((Bottom - Top) * (1 - score) / 2);
}
