namespace InteractionAnalytics.Core.Audio;

/// <summary>A metric on which a call's recording and its transcript disagree, found by <see cref="AudioTranscriptComparison.Compare"/>.</summary>
/// <param name="Metric">
/// The metric's name, as the property of <see cref="AudioActivityResult"/> and <see cref="Dynamics.DynamicsResult"/>:
/// <c>AgentTalkSeconds</c>, <c>CustomerTalkSeconds</c>, <c>SilenceSeconds</c>, <c>LongestSilenceSeconds</c>,
/// <c>TalkOverSeconds</c>, <c>ConversationSeconds</c>, or <c>DurationSeconds</c> (the transcript runs longer than the recording).
/// </param>
/// <param name="AudioValue">The value measured from the recording, in seconds.</param>
/// <param name="TranscriptValue">The value measured from the transcript's turn times, in seconds.</param>
/// <param name="Explanation">The difference, the tolerance it exceeds, and the likely causes, in a sentence or two.</param>
public sealed record AudioDisagreement(string Metric, double? AudioValue, double? TranscriptValue, string Explanation);
