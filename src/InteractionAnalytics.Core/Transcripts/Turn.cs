namespace InteractionAnalytics.Core.Transcripts;

/// <summary>
/// One speaker's uninterrupted stretch of speech. Times are seconds from the start of the recording;
/// both are <see langword="null"/> when the transcript has no timing (plain text without <c>[mm:ss]</c>).
/// </summary>
/// <param name="Speaker">Who spoke.</param>
/// <param name="StartSeconds">Start, in seconds from the start of the recording (inclusive).</param>
/// <param name="EndSeconds">End, in seconds from the start of the recording; never before <paramref name="StartSeconds"/>.</param>
/// <param name="Text">What was said.</param>
public sealed record Turn(Speaker Speaker, double? StartSeconds, double? EndSeconds, string Text);
