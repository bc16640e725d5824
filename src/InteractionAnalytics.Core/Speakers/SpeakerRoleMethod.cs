namespace InteractionAnalytics.Core.Speakers;

/// <summary>How a speaker label got its role, from the most to the least trusted.</summary>
public enum SpeakerRoleMethod
{
    /// <summary>A supervisor corrected it; a correction overrides everything else, also on later reruns.</summary>
    Corrected,

    /// <summary>The center's configuration maps the label (e.g. <c>ch_0=agent</c>).</summary>
    Configured,

    /// <summary>The source states it (Contact Lens <c>ParticipantRole</c>, or our formats whose labels are roles).</summary>
    Declared,

    /// <summary>Inferred from what the speaker says and how much (docs/speaker-roles.md), with a confidence.</summary>
    Inferred,
}
