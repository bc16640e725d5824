namespace InteractionAnalytics.Simulation.Timing;

/// <summary>
/// The simulation's clock. Internally every instant is a whole number of seconds since midnight (local time) of the
/// start date; this class turns those into dates and offset timestamps. The offset is fixed: daylight saving time
/// is not modelled.
/// </summary>
internal sealed class SimulationCalendar
{
    /// <summary>Seconds in a day.</summary>
    public const long SecondsPerDay = 86_400;

    private readonly DateOnly _startDate;
    private readonly DateTimeOffset _origin;

    /// <summary>Creates the clock for a run starting at midnight of <paramref name="startDate"/> at <paramref name="utcOffset"/>.</summary>
    public SimulationCalendar(DateOnly startDate, TimeSpan utcOffset)
    {
        _startDate = startDate;
        _origin = new DateTimeOffset(startDate.ToDateTime(TimeOnly.MinValue), utcOffset);
    }

    /// <summary>The zero-based day of <paramref name="second"/>.</summary>
    public static int DayIndexOf(long second) => (int)(second / SecondsPerDay);

    /// <summary>The local hour (0–23) of <paramref name="second"/>.</summary>
    public static int LocalHourOf(long second) => (int)(second % SecondsPerDay / 3600);

    /// <summary>The second at which the center opens on day <paramref name="dayIndex"/>.</summary>
    public static long OpeningOf(int dayIndex) => (dayIndex * SecondsPerDay) + (ArrivalProfile.OpenHour * 3600L);

    /// <summary>The local date of day <paramref name="dayIndex"/>.</summary>
    public DateOnly DateOf(int dayIndex) => _startDate.AddDays(dayIndex);

    /// <summary>The timestamp, with the center's offset, of <paramref name="second"/>.</summary>
    public DateTimeOffset ToTimestamp(long second) => _origin.AddSeconds(second);
}
