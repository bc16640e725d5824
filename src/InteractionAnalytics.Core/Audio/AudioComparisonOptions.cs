namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// How far audio and transcript metrics may differ before <see cref="AudioTranscriptComparison.Compare"/> reports them:
/// a metric disagrees when |audio − transcript| is more than the larger of <see cref="AbsoluteToleranceSeconds"/> and
/// <see cref="RelativeTolerance"/> × the larger of the two values.
/// </summary>
public sealed record AudioComparisonOptions
{
    /// <summary>The options with every default.</summary>
    public static AudioComparisonOptions Default { get; } = new();

    /// <summary>
    /// The difference always allowed, in seconds; 0 or more, default 5. Voice activity and transcript timestamps each place a
    /// segment edge within a few hundred milliseconds, and a call has dozens of edges, so small totals can differ by seconds
    /// without anything being wrong.
    /// </summary>
    public double AbsoluteToleranceSeconds { get; init; } = 5;

    /// <summary>
    /// The difference allowed relative to the larger of the two values, from 0 to 1; default 0.20 (20 %). Long totals (10
    /// minutes of agent talk) accumulate edge differences in proportion to their length; a fifth is far beyond that, while a
    /// swapped channel mapping or a transcript of another call differs by much more.
    /// </summary>
    public double RelativeTolerance { get; init; } = 0.20;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(AbsoluteToleranceSeconds) || AbsoluteToleranceSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(AbsoluteToleranceSeconds), AbsoluteToleranceSeconds, "The absolute tolerance must be a finite number of seconds, 0 or more.");
        }

        if (!double.IsFinite(RelativeTolerance) || RelativeTolerance < 0 || RelativeTolerance > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RelativeTolerance), RelativeTolerance, "The relative tolerance must be from 0 to 1.");
        }
    }
}
