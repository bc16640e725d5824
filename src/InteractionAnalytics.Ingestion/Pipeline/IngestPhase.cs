namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>The part of the export a run is working on.</summary>
public enum IngestPhase
{
    /// <summary>Reading <c>calls.csv</c>; progress counts bytes.</summary>
    Contacts,

    /// <summary>Reading <c>transcripts/</c>; progress counts files.</summary>
    Transcripts,

    /// <summary>Reading <c>audio/</c> recordings that had no transcript in this export; progress counts files.</summary>
    Audio,

    /// <summary>Linking repeat contacts after the records are stored; progress is 0 of 1, then 1 of 1.</summary>
    Outcomes,
}
