using InteractionAnalytics.Core.Reporting;
using InteractionAnalytics.Web.Formatting;

namespace InteractionAnalytics.Web.Pages;

/// <summary>
/// The root-cause Pareto of the overview: root causes by contacts, most first (ties by name), each with its share of all
/// classified contacts and the cumulative share; unclassified contacts are left out. Also the geometry of its
/// horizontal-bar SVG: per root cause a text line with the numbers, then its bar.
/// </summary>
public sealed class RootCausePareto
{
    /// <summary>The width of the SVG's view box.</summary>
    public const double Width = 400;

    /// <summary>The height of one root cause (text line and bar) in the view box.</summary>
    public const double RowHeight = 44;

    /// <summary>The height of a bar.</summary>
    public const double BarHeight = 14;

    private RootCausePareto(IReadOnlyList<ParetoRow> rows, long classified)
    {
        Rows = rows;
        ClassifiedContacts = classified;
    }

    /// <summary>The root causes, most contacts first.</summary>
    public IReadOnlyList<ParetoRow> Rows { get; }

    /// <summary>All classified contacts (the denominator of the shares).</summary>
    public long ClassifiedContacts { get; }

    /// <summary>The SVG's view box.</summary>
    public string ViewBox => "0 0 " + Display.Svg(Width) + " " + Display.Svg(Math.Max(1, Rows.Count) * RowHeight);

    /// <summary>Builds the Pareto from a report grouped by root cause.</summary>
    public static RootCausePareto From(Report byRootCause)
    {
        ArgumentNullException.ThrowIfNull(byRootCause);
        var classified = byRootCause.Groups.Where(g => g.Key is not null).ToList();
        var total = classified.Sum(g => g.Metrics.Contacts);
        var rows = new List<ParetoRow>(classified.Count);
        long running = 0;
        foreach (var group in classified.OrderByDescending(g => g.Metrics.Contacts).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            running += group.Metrics.Contacts;
            rows.Add(new ParetoRow(
                group.Key!,
                group.Metrics.Contacts,
                total == 0 ? 0 : (double)group.Metrics.Contacts / total,
                total == 0 ? 0 : (double)running / total));
        }

        return new RootCausePareto(rows, total);
    }

    /// <summary>The baseline of row <paramref name="index"/>'s text line.</summary>
    public static string TextY(int index) => Display.Svg(index * RowHeight + 15);

    /// <summary>The top of row <paramref name="index"/>'s bar.</summary>
    public static string BarY(int index) => Display.Svg(index * RowHeight + 22);

    /// <summary>The width of <paramref name="row"/>'s bar: the largest root cause spans the whole width.</summary>
    public string BarWidth(ParetoRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var max = Rows.Count == 0 ? 0 : Rows[0].Contacts;
        return Display.Svg(max == 0 ? 0 : Math.Max(1, Width * row.Contacts / max));
    }

    /// <summary>The numbers of <paramref name="row"/> as its label says them.</summary>
    public static string Label(ParetoRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.RootCause + ": " + Display.Count(row.Contacts) + " (" + Display.Percent(row.Share) + "; cumulative "
            + Display.Percent(row.CumulativeShare) + ")";
    }
}
