namespace InteractionAnalytics.Core.Transcripts;

/// <summary>The conversation of one contact, turn by turn in the order spoken.</summary>
/// <param name="CallId">The contact the transcript belongs to.</param>
/// <param name="Language">BCP 47 language tag (e.g. <c>en</c>), or <see langword="null"/> when not given.</param>
/// <param name="Turns">The turns in the order spoken.</param>
public sealed record Transcript(string CallId, string? Language, IReadOnlyList<Turn> Turns);
