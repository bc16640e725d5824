using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>One record of <c>calls.csv</c>: a valid contact or a reject, never both.</summary>
/// <param name="Contact">The contact, when the row is valid.</param>
/// <param name="Reject">Why the row was rejected, when it is not.</param>
public sealed record ParsedCall(SourcedContact? Contact, RejectedRecord? Reject);
