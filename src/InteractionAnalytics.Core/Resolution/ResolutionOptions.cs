namespace InteractionAnalytics.Core.Resolution;

/// <summary>How <see cref="ResolutionDetector"/> weighs the closing turns (docs/resolution.md).</summary>
public sealed record ResolutionOptions
{
    /// <summary>The options with every default.</summary>
    public static ResolutionOptions Default { get; } = new();

    /// <summary>How many turns at the end of the conversation are read, of any speaker; at least 1, default 6.</summary>
    public int ClosingTurns { get; init; } = 6;

    /// <summary>
    /// How fast evidence fades with distance from the end: a hit in the k-th turn before the last (k = 0 for the last
    /// turn) counts <c>Decay^k</c> times its rule weight. Greater than 0 and at most 1 (1 = no fading); default 0.8, so
    /// the six closing turns count 1, 0.8, 0.64, 0.51, 0.41 and 0.33 from the last. What is said last wins: a
    /// "thank you, that worked" followed by "let me transfer you" is a transfer.
    /// </summary>
    public double Decay { get; init; } = 0.8;

    /// <summary>
    /// The least score (sum of weighted rule weights) the winning outcome needs, inclusive; greater than 0, default 1.
    /// Below it the outcome is unknown: one weak hit, or a strong one far from the end, is not enough.
    /// </summary>
    public double MinScore { get; init; } = 1.0;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        if (ClosingTurns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ClosingTurns), ClosingTurns, "At least one closing turn must be read.");
        }

        if (!double.IsFinite(Decay) || Decay <= 0 || Decay > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Decay), Decay, "The decay must be greater than 0 and at most 1.");
        }

        if (!double.IsFinite(MinScore) || MinScore <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinScore), MinScore, "The minimum score must be a finite number greater than 0.");
        }
    }
}
