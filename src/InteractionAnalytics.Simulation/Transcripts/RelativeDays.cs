using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>How a customer says when their earlier contact was: "a little while ago", "yesterday", "on Monday", "last week".</summary>
internal static class RelativeDays
{
    /// <summary>Describes <paramref name="priorSecond"/> as seen from <paramref name="nowSecond"/> (both simulation seconds).</summary>
    public static string Describe(long priorSecond, long nowSecond, SimulationCalendar calendar, Random random)
    {
        var priorDay = SimulationCalendar.DayIndexOf(priorSecond);
        var days = SimulationCalendar.DayIndexOf(nowSecond) - priorDay;
        return days switch
        {
            <= 0 when nowSecond - priorSecond < 2 * 3_600 => "a little while ago",
            <= 0 when SimulationCalendar.LocalHourOf(priorSecond) < 12 && SimulationCalendar.LocalHourOf(nowSecond) >= 12 => "this morning",
            <= 0 => "earlier today",
            1 => "yesterday",
            < 7 => random.Chance(0.5) ? "on " + calendar.DateOf(priorDay).DayOfWeek : NumberWords.Cardinal(days) + " days ago",
            < 14 => "last week",
            < 21 => "a couple of weeks ago",
            < 25 => "about three weeks ago",
            _ => "about a month ago",
        };
    }
}
