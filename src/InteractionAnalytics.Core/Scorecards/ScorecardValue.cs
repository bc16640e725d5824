namespace InteractionAnalytics.Core.Scorecards;

/// <summary>One number of a scorecard with the count it is computed over.</summary>
/// <param name="Value">The rate or mean; <see langword="null"/> when <paramref name="N"/> is 0.</param>
/// <param name="N">Its denominator (contacts, contacts with a final outcome, evaluations …).</param>
/// <param name="Minimum">
/// The fewest <paramref name="N"/> needed for the value to be shown; 0 when no minimum applies (the team's numbers).
/// </param>
public sealed record ScorecardValue(double? Value, long N, int Minimum)
{
    /// <summary>Whether <see cref="N"/> is below <see cref="Minimum"/>, so the value is withheld.</summary>
    public bool BelowMinimum => N < Minimum;

    /// <summary>The value when it may be shown: known and <see cref="N"/> at least <see cref="Minimum"/>; else <see langword="null"/>.</summary>
    public double? Shown => BelowMinimum ? null : Value;
}
