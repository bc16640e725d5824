namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>The part of the export a run is working on.</summary>
public enum IngestPhase
{
    /// <summary>Reading <c>calls.csv</c>; progress counts bytes.</summary>
    Contacts,

    /// <summary>Reading <c>transcripts/</c>; progress counts files.</summary>
    Transcripts,
}
