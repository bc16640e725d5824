namespace InteractionAnalytics.Simulation.Randomness;

/// <summary>
/// The distributions the simulation draws from, on top of <see cref="Random"/>. Every draw goes through the one
/// seeded instance of a run, in a fixed order, which is what makes a seed reproduce its export byte for byte.
/// </summary>
internal static class RandomExtensions
{
    /// <summary>A standard normal draw (mean 0, standard deviation 1), by the Box–Muller transform.</summary>
    public static double NextGaussian(this Random random)
    {
        // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal draw: <paramref name="median"/> × e^(<paramref name="sigma"/> × N(0, 1)).</summary>
    public static double NextLogNormal(this Random random, double median, double sigma) =>
        median * Math.Exp(sigma * random.NextGaussian());

    /// <summary>A log-normal draw rounded to whole seconds and clamped to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <remarks>Export timestamps have whole seconds, so whole-second durations keep every row's arithmetic exact.</remarks>
    public static int NextLogNormalSeconds(this Random random, double median, double sigma, int min, int max) =>
        (int)Math.Round(Math.Clamp(random.NextLogNormal(median, sigma), min, max));

    /// <summary><see langword="true"/> with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>One item of <paramref name="items"/>, uniformly.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index of <paramref name="weights"/> with probability proportional to its (non-negative) weight.</summary>
    public static int PickWeighted(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var target = random.NextDouble() * total;
        var last = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        // Rounding can leave a hair of the total unspent; it belongs to the last index that has weight.
        return last;
    }
}
