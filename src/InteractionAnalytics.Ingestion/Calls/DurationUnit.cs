namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>The unit of plain-number durations in an export (<c>hh:mm:ss</c> values are unambiguous either way).</summary>
public enum DurationUnit
{
    /// <summary>Seconds (the v1 default).</summary>
    Seconds,

    /// <summary>Milliseconds, as some ACDs (e.g. Genesys Cloud analytics) export.</summary>
    Milliseconds,
}
