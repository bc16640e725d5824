using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Tests.Randomness;

public sealed class SortedUniformSequenceTests
{
    [Test]
    public void Next_TenThousandDraws_AscendInUnitIntervalAndLookUniform()
    {
        var sequence = new SortedUniformSequence(new Random(5), 10_000);

        var draws = Enumerable.Range(0, 10_000).Select(_ => sequence.Next()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(draws, Is.Ordered);
            Assert.That(draws, Is.All.InRange(0.0, 1.0).And.Not.EqualTo(1.0));
            Assert.That(draws.Average(), Is.EqualTo(0.5).Within(0.02));
            Assert.That(draws.Count(d => d < 0.25), Is.EqualTo(2_500).Within(150));
        }
    }

    [Test]
    public void Next_PastCount_Throws()
    {
        var sequence = new SortedUniformSequence(new Random(1), 1);
        sequence.Next();

        Assert.Throws<InvalidOperationException>(() => sequence.Next());
    }
}
