using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Audio;

/// <summary>How <see cref="AudioActivityAnalyzer"/> measures a call recording (docs/audio.md).</summary>
public sealed record AudioActivityOptions
{
    /// <summary>The default <see cref="HoldMinimumSeconds"/>: 20 seconds.</summary>
    public const double DefaultHoldMinimumSeconds = 20;

    /// <summary>The options with every default.</summary>
    public static AudioActivityOptions Default { get; } = new();

    /// <summary>
    /// The 0-based channel that carries the agent in a stereo recording: 0 or 1, default 0 (left), as most recorders
    /// (Genesys, Amazon Connect, Twilio dual-channel) put the agent first. Must differ from <see cref="CustomerChannel"/>.
    /// </summary>
    public int AgentChannel { get; init; }

    /// <summary>The 0-based channel that carries the customer in a stereo recording: 0 or 1, default 1 (right).</summary>
    public int CustomerChannel { get; init; } = 1;

    /// <summary>
    /// The shortest stretch with no speech on either channel that is reported as possible hold instead of silence, in
    /// seconds; greater than 0, default 20. Inclusive (a stretch of exactly 20 s is possible hold). Nobody leaves dead air
    /// that long in a live conversation, while hold (the agent muted, the customer listening to music the recorder does not
    /// capture) commonly lasts 30 s or more. Stereo only: in a mono recording hold cannot be told from silence.
    /// </summary>
    public double HoldMinimumSeconds { get; init; } = DefaultHoldMinimumSeconds;

    /// <summary>
    /// The silence threshold, shared with transcript dynamics so that both measure silence alike; default
    /// <see cref="DynamicsOptions.Default"/> (3 s).
    /// </summary>
    public DynamicsOptions Dynamics { get; init; } = DynamicsOptions.Default;

    /// <summary>How speech is found in each channel; default <see cref="VoiceActivityOptions.Default"/>.</summary>
    public VoiceActivityOptions VoiceActivity { get; init; } = VoiceActivityOptions.Default;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Dynamics"/> or <see cref="VoiceActivity"/> is null.</exception>
    public void Validate()
    {
        if (AgentChannel is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AgentChannel), AgentChannel, "The agent channel must be 0 or 1.");
        }

        if (CustomerChannel is not (0 or 1) || CustomerChannel == AgentChannel)
        {
            throw new ArgumentOutOfRangeException(
                nameof(CustomerChannel), CustomerChannel, "The customer channel must be 0 or 1 and differ from the agent channel.");
        }

        if (!double.IsFinite(HoldMinimumSeconds) || HoldMinimumSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(HoldMinimumSeconds), HoldMinimumSeconds, "The hold minimum must be a finite number of seconds greater than 0.");
        }

        ArgumentNullException.ThrowIfNull(Dynamics);
        ArgumentNullException.ThrowIfNull(VoiceActivity);
        Dynamics.Validate();
        VoiceActivity.Validate();
    }
}
