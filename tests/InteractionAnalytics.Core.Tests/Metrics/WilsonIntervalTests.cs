using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Tests.Metrics;

public sealed class WilsonIntervalTests
{
    // Expected values from the closed form, computed independently:
    // centre = (p + z²/2n) / (1 + z²/n), half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n), z = 1.959964.
    [TestCase(8, 10, 0.490162, 0.943318)]
    [TestCase(0, 5, 0.0, 0.434482)]
    [TestCase(30, 30, 0.886487, 1.0)]
    [TestCase(1, 1, 0.206549, 1.0)]
    public void Of_KnownCases_MatchTheClosedForm(long successes, long n, double lower, double upper)
    {
        var interval = WilsonInterval.Of(successes, n)!.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(interval.Lower, Is.EqualTo(lower).Within(1e-6));
            Assert.That(interval.Upper, Is.EqualTo(upper).Within(1e-6));
        }
    }

    [Test]
    public void Of_NoObservations_IsNull() => Assert.That(WilsonInterval.Of(0, 0), Is.Null);

    [Test]
    public void Of_MoreSuccessesThanTrials_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(3, 2));
}
