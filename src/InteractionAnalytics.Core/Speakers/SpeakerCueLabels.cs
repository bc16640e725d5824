namespace InteractionAnalytics.Core.Speakers;

/// <summary>
/// The labels speaker cue rules carry in their <c>root_cause</c> field: what a hit is evidence for
/// (docs/speaker-roles.md).
/// </summary>
public static class SpeakerCueLabels
{
    /// <summary>Evidence the label speaks for the center: greetings, verification requests, closings.</summary>
    public const string Agent = "agent";

    /// <summary>Evidence the label is the caller: stating the reason for calling, "my bill", "I was charged".</summary>
    public const string Customer = "customer";

    /// <summary>Evidence the label is the IVR: menu prompts, "press 1", "your call may be recorded".</summary>
    public const string Ivr = "ivr";

    /// <summary>The three labels, the allowed <c>root_cause</c> values of a cue rule file.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, Customer, Ivr];
}
