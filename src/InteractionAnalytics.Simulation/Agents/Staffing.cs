using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.Agents;

/// <summary>
/// How many agents work a day: the forecast load of the day's busiest hour in erlangs (A = calls × handle time) plus a
/// safety margin of β√A agents (square-root staffing, as workforce planners size queues), times a random forecast error.
/// The error keeps queues realistic at every volume: a large pool absorbs random arrivals so well that, staffed exactly,
/// it would almost never make anyone wait, while real centers have days when the forecast was wrong.
/// </summary>
internal static class Staffing
{
    /// <summary>The handle time, in seconds, staffing plans for: the simulated mean of talk + hold + after-call work.</summary>
    public const double PlannedHandleSeconds = 590;

    /// <summary>The safety margin β of square-root staffing: β√A agents on top of the peak load A.</summary>
    public const double SafetyMargin = 0.5;

    /// <summary>Log-normal sigma of the ratio of agents on duty to the forecast need (about ±5%).</summary>
    public const double ForecastErrorSigma = 0.05;

    /// <summary>The smallest roster derived from volume.</summary>
    public const int MinimumDerivedRoster = 6;

    /// <summary>The largest roster, derived or requested.</summary>
    public const int MaxAgents = 20_000;

    /// <summary>Agents a day with <paramref name="quota"/> contacts needs by forecast, before the roster caps it.</summary>
    public static int Required(int quota, bool weekend)
    {
        var peakErlangs = quota * ArrivalProfile.PeakHourShare(weekend) * PlannedHandleSeconds / 3600;
        return (int)Math.Min(MaxAgents, Math.Ceiling(peakErlangs + (SafetyMargin * Math.Sqrt(peakErlangs))));
    }

    /// <summary>
    /// The roster size derived from volume: the busiest day's need plus 20% (so that overstaffed days and rotation have
    /// people to draw on), at least <see cref="MinimumDerivedRoster"/>.
    /// </summary>
    public static int DeriveRoster(IReadOnlyList<int> quotas, DateOnly startDate)
    {
        var need = 0;
        for (var d = 0; d < quotas.Count; d++)
        {
            need = Math.Max(need, Required(quotas[d], ArrivalProfile.IsWeekend(startDate.AddDays(d).DayOfWeek)));
        }

        return (int)Math.Clamp(Math.Ceiling(need * 1.2), MinimumDerivedRoster, MaxAgents);
    }

    /// <summary>
    /// Agents on duty on a day: its forecast need times the forecast error, capped by the roster, and at least three (or
    /// the whole roster when smaller).
    /// </summary>
    public static int OnDutyCount(int quota, bool weekend, int roster, Random random)
    {
        var scheduled = Required(quota, weekend) * Math.Exp(ForecastErrorSigma * random.NextGaussian());
        return (int)Math.Clamp(Math.Round(scheduled), Math.Min(3, roster), roster);
    }
}
