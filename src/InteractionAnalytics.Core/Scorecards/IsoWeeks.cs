using System.Globalization;

namespace InteractionAnalytics.Core.Scorecards;

/// <summary>ISO 8601 weeks: Monday to Sunday, numbered in the ISO week-numbering year.</summary>
public static class IsoWeeks
{
    /// <summary>The Monday of the ISO week that contains <paramref name="day"/>.</summary>
    public static DateOnly Start(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The ISO week of <paramref name="day"/> as <c>yyyy-Www</c>, e.g. <c>2026-W47</c> (the ISO year, which may differ from the calendar year near 1 January).</summary>
    public static string Name(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }
}
