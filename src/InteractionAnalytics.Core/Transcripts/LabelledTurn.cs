namespace InteractionAnalytics.Core.Transcripts;

/// <summary>
/// One turn as the source file labels its speaker, before speaker roles are assigned. Times are seconds from the
/// start of the recording; either may be <see langword="null"/> when the source has no timing.
/// </summary>
/// <param name="SpeakerLabel">
/// The source's speaker label, normalised as docs/transcript-formats.md states: <c>ch_0</c>, <c>ch_1</c>, … for audio
/// channels; <c>spk_0</c>, <c>spk_1</c>, … for diarized speakers; the participant id for Contact Lens
/// (<c>AGENT</c>, <c>CUSTOMER</c>); the role name itself (<c>agent</c>, <c>customer</c>, <c>ivr</c>, <c>system</c>)
/// for our JSON and plain-text formats.
/// </param>
/// <param name="StartSeconds">Start, in seconds from the start of the recording (inclusive).</param>
/// <param name="EndSeconds">End, in seconds from the start of the recording.</param>
/// <param name="Text">What was said.</param>
public sealed record LabelledTurn(string SpeakerLabel, double? StartSeconds, double? EndSeconds, string Text);
