using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.Tests.Timing;

public sealed class ArrivalProfileTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void SecondsAfterOpening_IncreasingDraws_GiveNonDecreasingTimesWithinOpenHours(bool weekend)
    {
        var times = Enumerable.Range(0, 1_001)
            .Select(i => ArrivalProfile.SecondsAfterOpening(Math.Min(i / 1_000.0, 0.999_999), weekend))
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(times, Is.Ordered);
            Assert.That(times, Is.All.InRange(0, ArrivalProfile.OpenSeconds - 1));
        }
    }

    [Test]
    public void SecondsAfterOpening_Weekday_MidMorningBusierThanOpeningAndEvening()
    {
        var first = HourShare(0);
        var tenOClock = HourShare(2);
        var sevenPm = HourShare(11);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tenOClock, Is.GreaterThan(2 * first));
            Assert.That(tenOClock, Is.GreaterThan(3 * sevenPm));
        }
    }

    // Share of a weekday's draws that land in the given open hour (0 = 08:00), by scanning the inverse distribution.
    private static double HourShare(int hour)
    {
        const int Steps = 100_000;
        var inHour = Enumerable.Range(0, Steps)
            .Count(i => ArrivalProfile.SecondsAfterOpening(i / (double)Steps, weekend: false) / 3_600 == hour);
        return inHour / (double)Steps;
    }
}
