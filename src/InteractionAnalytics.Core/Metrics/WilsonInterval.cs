namespace InteractionAnalytics.Core.Metrics;

/// <summary>
/// The Wilson score interval of a proportion (Wilson 1927): unlike the normal approximation it stays inside [0, 1] and
/// behaves at small n and near 0 or 1, which is why it is used for FCR rates of small groups.
/// </summary>
/// <param name="Lower">Lower bound, in 0..1.</param>
/// <param name="Upper">Upper bound, in 0..1.</param>
public readonly record struct WilsonInterval(double Lower, double Upper)
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The interval of <paramref name="successes"/> out of <paramref name="n"/> at confidence z (default 95%);
    /// <see langword="null"/> when n is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Counts are negative or successes exceed n.</exception>
    public static WilsonInterval? Of(long successes, long n, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (n == 0)
        {
            return null;
        }

        var p = (double)successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
        return new WilsonInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
