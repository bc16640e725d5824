using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>What the speaker-role correction form partial shows.</summary>
/// <param name="Contact">The contact whose speaker roles are corrected.</param>
/// <param name="Chosen">The role chosen per label before (after a refused post); a label missing here shows its current role.</param>
/// <param name="Reason">The reason typed before.</param>
/// <param name="Errors">Why the last post was refused.</param>
public sealed record SpeakerRoleForm(
    ContactDetail Contact, IReadOnlyDictionary<string, string> Chosen, string? Reason, IReadOnlyList<string> Errors)
{
    /// <summary>The roles offered, as stored, with how the form names them.</summary>
    public static IReadOnlyList<(string Role, string Name)> Roles { get; } =
        [("agent", "Agent"), ("customer", "Customer"), ("ivr", "IVR"), ("system", "System")];

    /// <summary>The role the form selects for <paramref name="label"/>: the one chosen before, else its current role.</summary>
    public string Selected(ContactSpeakerRole label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Chosen.TryGetValue(label.Label, out var chosen) ? chosen : label.Role;
    }
}
