namespace InteractionAnalytics.Jobs;

/// <summary>
/// The options of a distributed ingest, stored with the run (<c>ingest_chunk_runs.settings</c>, JSON) so that every worker
/// builds the same ingest request. Paths must be the same on every machine (a shared file system, docs/distributed.md).
/// </summary>
public sealed record DistributedIngestSettings
{
    /// <summary>The export directory, as an absolute path every worker sees.</summary>
    public required string ExportDirectory { get; init; }

    /// <summary>A column-mapping JSON file; <see langword="null"/> (the default) for the v1 columns.</summary>
    public string? MappingFile { get; init; }

    /// <summary>IANA time zone for timestamps without a UTC offset; <see langword="null"/> (the default) rejects them.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The <c>--redact</c> value. Default <c>all</c>.</summary>
    public string Redact { get; init; } = "all";

    /// <summary>Whether transcripts are classified (default model). Default true.</summary>
    public bool Classify { get; init; } = true;

    /// <summary>Whether transcripts are measured (local sentiment, default resolution rules). Default true.</summary>
    public bool Measure { get; init; } = true;

    /// <summary>Whether the recordings in <c>audio/</c> are read. Default true.</summary>
    public bool Audio { get; init; } = true;

    /// <summary>The repeat-contact window (<c>--repeat-window</c> text, e.g. <c>7d</c>). Default 7 days.</summary>
    public string RepeatWindow { get; init; } = "7d";

    /// <summary>Whether only contacts with the same intent count as repeats. Default false.</summary>
    public bool SameIntent { get; init; }
}
