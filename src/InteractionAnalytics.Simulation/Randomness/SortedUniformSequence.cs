namespace InteractionAnalytics.Simulation.Randomness;

/// <summary>
/// Yields <c>count</c> independent uniform draws on [0, 1) in ascending order, one at a time and without storing
/// them: each value is the minimum of the draws still to come, conditioned on the previous one. This is how a
/// day's arrivals come out in time order while memory stays constant, however busy the day.
/// </summary>
internal sealed class SortedUniformSequence
{
    private readonly Random _random;
    private int _remaining;
    private double _last;

    /// <summary>Prepares <paramref name="count"/> sorted draws from <paramref name="random"/>.</summary>
    public SortedUniformSequence(Random random, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _random = random;
        _remaining = count;
    }

    /// <summary>The next draw; never below the previous one.</summary>
    /// <exception cref="InvalidOperationException">All <c>count</c> draws were taken.</exception>
    public double Next()
    {
        if (_remaining == 0)
        {
            throw new InvalidOperationException("Every draw of the sequence was taken.");
        }

        // The minimum of n uniforms on (last, 1) is last + (1 - last)(1 - V^(1/n)), V uniform on (0, 1].
        var v = 1.0 - _random.NextDouble();
        _last += (1.0 - _last) * (1.0 - Math.Pow(v, 1.0 / _remaining));
        _remaining--;
        return Math.Min(_last, Math.BitDecrement(1.0));
    }
}
