namespace InteractionAnalytics.Simulation.Timing;

/// <summary>
/// When customers call: a volume weight per day of the week and an hour-of-day curve for the open hours
/// 08:00–20:00 local time, seven days a week (docs/simulator.md, "Arrivals").
/// </summary>
internal static class ArrivalProfile
{
    /// <summary>The hour the center opens (local time, inclusive).</summary>
    public const int OpenHour = 8;

    /// <summary>The hour the center closes (local time, exclusive): no call arrives at or after it.</summary>
    public const int CloseHour = 20;

    /// <summary>Length of the open day in seconds.</summary>
    public const int OpenSeconds = (CloseHour - OpenHour) * 3600;

    // Relative volume of each open hour, 08:00 first. Weekdays peak mid-morning (10–12) and early afternoon
    // (14–15) around a lunch dip; weekends start later and are flatter.
    private static readonly double[] WeekdayHours = [0.55, 1.00, 1.35, 1.30, 0.95, 1.10, 1.25, 1.15, 0.95, 0.75, 0.55, 0.40];
    private static readonly double[] WeekendHours = [0.40, 0.80, 1.10, 1.20, 1.10, 1.00, 0.95, 0.85, 0.70, 0.55, 0.40, 0.30];

    private static readonly double[] WeekdayCumulative = Cumulative(WeekdayHours);
    private static readonly double[] WeekendCumulative = Cumulative(WeekendHours);

    /// <summary>Relative volume of <paramref name="day"/>: Monday is busiest, Sunday quietest.</summary>
    public static double DayWeight(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.15,
        DayOfWeek.Tuesday => 1.05,
        DayOfWeek.Wednesday => 1.00,
        DayOfWeek.Thursday => 0.98,
        DayOfWeek.Friday => 0.92,
        DayOfWeek.Saturday => 0.50,
        _ => 0.35,
    };

    /// <summary>Whether <paramref name="day"/> uses the weekend hour curve.</summary>
    public static bool IsWeekend(DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The share, in (0, 1], of a day's calls that arrive in its busiest hour.</summary>
    public static double PeakHourShare(bool weekend)
    {
        var hours = weekend ? WeekendHours : WeekdayHours;
        return hours.Max() / hours.Sum();
    }

    /// <summary>
    /// Maps a uniform draw <paramref name="u"/> in [0, 1) to whole seconds after opening, in [0, <see cref="OpenSeconds"/>),
    /// following the hour curve (piecewise uniform within each hour). Non-decreasing in <paramref name="u"/>, so sorted draws
    /// give sorted arrival times.
    /// </summary>
    public static int SecondsAfterOpening(double u, bool weekend)
    {
        var cumulative = weekend ? WeekendCumulative : WeekdayCumulative;
        var hour = 0;
        while (hour < cumulative.Length - 2 && u >= cumulative[hour + 1])
        {
            hour++;
        }

        var within = (u - cumulative[hour]) / (cumulative[hour + 1] - cumulative[hour]);
        var seconds = (int)Math.Floor((hour + Math.Clamp(within, 0, 1)) * 3600);
        return Math.Min(seconds, OpenSeconds - 1);
    }

    private static double[] Cumulative(double[] hours)
    {
        var total = hours.Sum();
        var cumulative = new double[hours.Length + 1];
        for (var i = 0; i < hours.Length; i++)
        {
            cumulative[i + 1] = cumulative[i] + (hours[i] / total);
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }
}
