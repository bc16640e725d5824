namespace InteractionAnalytics.Storage.Browsing;

/// <summary>How one speaker label of a contact's transcript was given its role (<c>speaker_roles</c>, docs/speaker-roles.md).</summary>
/// <param name="Label">The file's label (e.g. <c>spk_0</c>), as stored (never markup: encode it before showing it).</param>
/// <param name="Role">The role: <c>agent</c>, <c>customer</c>, <c>ivr</c> or <c>system</c>.</param>
/// <param name="Method">How it was decided: <c>corrected</c>, <c>configured</c>, <c>declared</c> or <c>inferred</c>.</param>
/// <param name="Confidence">How sure the decision is, 0..1 (1 for every method but <c>inferred</c>).</param>
/// <param name="Evidence">What the inference counted (<c>rule-id: "matched text"</c>, the talk share); empty otherwise.</param>
public sealed record ContactSpeakerRole(string Label, string Role, string Method, double Confidence, IReadOnlyList<string> Evidence);
