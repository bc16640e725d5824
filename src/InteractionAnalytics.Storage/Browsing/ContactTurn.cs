namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One turn of a stored transcript, as shown on a contact's page.</summary>
/// <param name="Index">0-based position in the conversation (the evidence's <c>turn</c>).</param>
/// <param name="Speaker">The role: <c>agent</c>, <c>customer</c>, <c>ivr</c> or <c>system</c>.</param>
/// <param name="SpeakerLabel">The file's own label (e.g. <c>spk_0</c>), when stored.</param>
/// <param name="StartSeconds">Start in seconds from the start of the recording; <see langword="null"/> when untimed.</param>
/// <param name="EndSeconds">End in seconds; <see langword="null"/> when untimed.</param>
/// <param name="Text">What was said, as stored (never markup: encode it before showing it).</param>
public sealed record ContactTurn(int Index, string Speaker, string? SpeakerLabel, double? StartSeconds, double? EndSeconds, string Text);
