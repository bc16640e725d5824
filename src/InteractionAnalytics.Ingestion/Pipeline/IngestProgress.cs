namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>A progress report from a running ingest.</summary>
/// <param name="Phase">What is being read.</param>
/// <param name="Done">Work done in this phase: bytes of <c>calls.csv</c>, or transcript files.</param>
/// <param name="Total">Work in this phase, in the same unit; 0 when unknown.</param>
/// <param name="Records">Records read in this phase so far.</param>
/// <param name="Rejected">Records rejected in this phase so far.</param>
public readonly record struct IngestProgress(IngestPhase Phase, long Done, long Total, long Records, long Rejected);
