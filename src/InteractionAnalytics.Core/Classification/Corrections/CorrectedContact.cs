using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Corrections;

/// <summary>A contact a supervisor corrected, with its transcript: a training example for <c>ia train --include-corrections</c>.</summary>
/// <param name="CallId">The corrected contact.</param>
/// <param name="Turns">Its transcript.</param>
/// <param name="Intent">The corrected intent (latest correction), or <see langword="null"/> when only the root cause was corrected.</param>
/// <param name="RootCause">The corrected root cause (latest correction), or <see langword="null"/> when only the intent was corrected.</param>
public sealed record CorrectedContact(string CallId, IReadOnlyList<Turn> Turns, string? Intent, string? RootCause);
