namespace InteractionAnalytics.Core.Speakers;

/// <summary>How <see cref="SpeakerRoleAssigner"/> infers roles (docs/speaker-roles.md).</summary>
public sealed record SpeakerRoleOptions
{
    /// <summary>The options with every default.</summary>
    public static SpeakerRoleOptions Default { get; } = new();

    /// <summary>
    /// Inferred assignments with a confidence below this (exclusive) are flagged for review; from 0 to 1, default 0.8
    /// (an evidence margin of about 1.4 cue weights).
    /// </summary>
    public double LowConfidence { get; init; } = 0.8;

    /// <summary>
    /// Evidence the talk share adds, in cue weights, default 0.5: agents usually say more words than callers, so the
    /// label with the larger word share gets this much agent evidence (weak: a customer explaining a problem often
    /// talks more).
    /// </summary>
    public double TalkShareWeight { get; init; } = 0.5;

    /// <summary>
    /// Steepness of the logistic that turns an evidence margin m into a confidence 1 / (1 + e^(−k·m)), default 1.5:
    /// margin 1 → 0.82, margin 2 → 0.95, margin 0 → 0.5.
    /// </summary>
    public double Steepness { get; init; } = 1.5;

    /// <summary>
    /// IVR evidence a label needs, in cue weights, to be taken for the IVR (with more IVR than agent evidence); default 2
    /// (two menu prompts, or one strong one).
    /// </summary>
    public double IvrMinimum { get; init; } = 2.0;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is not finite or out of its range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(LowConfidence) || LowConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(LowConfidence), LowConfidence, "The low-confidence threshold must be from 0 to 1.");
        }

        if (!double.IsFinite(TalkShareWeight) || TalkShareWeight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TalkShareWeight), TalkShareWeight, "The talk-share weight must be 0 or more.");
        }

        if (!double.IsFinite(Steepness) || Steepness <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Steepness), Steepness, "The steepness must be greater than 0.");
        }

        if (!double.IsFinite(IvrMinimum) || IvrMinimum <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(IvrMinimum), IvrMinimum, "The IVR minimum must be greater than 0.");
        }
    }
}
