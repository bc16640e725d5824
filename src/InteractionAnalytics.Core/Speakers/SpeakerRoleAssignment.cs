using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Speakers;

/// <summary>The role one speaker label was given in one transcript.</summary>
/// <param name="Label">The source's speaker label (e.g. <c>spk_0</c>, <c>ch_1</c>, <c>AGENT</c>, <c>agent</c>).</param>
/// <param name="Role">The role the label's turns get.</param>
/// <param name="Method">How the role was decided.</param>
/// <param name="Confidence">
/// How sure the decision is, from 0 to 1: 1 for corrected, configured and declared roles; for inferred roles the
/// logistic of the evidence margin (0.5 = a coin flip; docs/speaker-roles.md).
/// </param>
/// <param name="Evidence">
/// What decided an inferred role: the cue rules that hit, as <c>rule-id: "matched text"</c>, and the talk-share
/// evidence; empty for other methods.
/// </param>
public sealed record SpeakerRoleAssignment(string Label, Speaker Role, SpeakerRoleMethod Method, double Confidence, IReadOnlyList<string> Evidence);
