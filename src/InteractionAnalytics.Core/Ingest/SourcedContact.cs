using InteractionAnalytics.Core.Contacts;

namespace InteractionAnalytics.Core.Ingest;

/// <summary>A valid contact and where it was read from.</summary>
/// <param name="Record">The contact.</param>
/// <param name="File">Path of the file, relative to the export directory (e.g. <c>calls.csv</c>).</param>
/// <param name="Line">1-based physical line where the record starts.</param>
public sealed record SourcedContact(ContactRecord Record, string File, long Line);
