namespace InteractionAnalytics.Core.Dynamics;

/// <summary>How <see cref="ConversationDynamics.Compute"/> measures a conversation (docs/conversation-dynamics.md).</summary>
public sealed record DynamicsOptions
{
    /// <summary>The default silence threshold: 3 seconds.</summary>
    public const double DefaultSilenceThresholdSeconds = 3.0;

    /// <summary>The options with every default.</summary>
    public static DynamicsOptions Default { get; } = new();

    /// <summary>
    /// The shortest quiet stretch that counts as a silence, in seconds; greater than 0, default 3. Inclusive: a stretch
    /// of exactly this length counts (compared with a tolerance of <see cref="ConversationDynamics.ToleranceSeconds"/>,
    /// so 7.1 s → 10.1 s is a 3-second silence despite binary rounding).
    /// </summary>
    public double SilenceThresholdSeconds { get; init; } = DefaultSilenceThresholdSeconds;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The silence threshold is not a finite number greater than 0.</exception>
    public void Validate()
    {
        if (!double.IsFinite(SilenceThresholdSeconds) || SilenceThresholdSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(SilenceThresholdSeconds), SilenceThresholdSeconds, "The silence threshold must be a finite number of seconds greater than 0.");
        }
    }
}
