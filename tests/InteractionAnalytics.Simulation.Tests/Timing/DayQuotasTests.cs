using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.Tests.Timing;

public sealed class DayQuotasTests
{
    [TestCase(1, 7)]
    [TestCase(300, 7)]
    [TestCase(12_345, 30)]
    public void Allocate_AnyVolume_SumsExactly(int calls, int days)
    {
        var quotas = DayQuotas.Allocate(calls, new DateOnly(2026, 11, 16), days);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotas, Has.Length.EqualTo(days));
            Assert.That(quotas.Sum(), Is.EqualTo(calls));
            Assert.That(quotas, Is.All.GreaterThanOrEqualTo(0));
        }
    }

    [Test]
    public void Allocate_Week_MondayBusiestSundayQuietest()
    {
        // 2026-11-16 is a Monday.
        var quotas = DayQuotas.Allocate(7_000, new DateOnly(2026, 11, 16), 7);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotas.Max(), Is.EqualTo(quotas[0]));
            Assert.That(quotas.Min(), Is.EqualTo(quotas[6]));
        }
    }
}
