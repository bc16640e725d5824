using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage;

/// <summary>A classified contact no supervisor corrected, with its transcript and the model's stored labels.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Turns">Its transcript.</param>
/// <param name="Intent">The intent stored at ingest.</param>
/// <param name="RootCause">The root cause stored at ingest.</param>
public sealed record UncorrectedContact(string CallId, IReadOnlyList<Turn> Turns, string Intent, string RootCause);
