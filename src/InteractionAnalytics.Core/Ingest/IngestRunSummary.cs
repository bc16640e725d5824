using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Core.Ingest;

/// <summary>The record of one ingest run, as stored in the <c>ingest_runs</c> table.</summary>
/// <param name="RunId">The run's id, increasing.</param>
/// <param name="Source">The export directory, as an absolute path.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="EndedAt">When it ended; <see langword="null"/> while running.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Contacts">What it did with the rows of <c>calls.csv</c>.</param>
/// <param name="Transcripts">What it did with the transcript files.</param>
/// <param name="Error">Why it failed, when <paramref name="Status"/> is <see cref="IngestRunStatus.Failed"/>.</param>
public sealed record IngestRunSummary(
    long RunId,
    string Source,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IngestRunStatus Status,
    IngestCounts Contacts,
    IngestCounts Transcripts,
    string? Error)
{
    /// <summary>What the repeat-linking post-pass did; <see langword="null"/> when it did not run (or the run failed first).</summary>
    public RepeatLinkSummary? Repeats { get; init; }

    /// <summary>What it did with the call recordings in <c>audio/</c>. Default: nothing read.</summary>
    public IngestCounts Audio { get; init; } = new();

    /// <summary>
    /// What PII redaction replaced before anything was stored (docs/privacy.md): in turns, contacts' free-text fields
    /// and rejected records. Default: nothing.
    /// </summary>
    public RedactionCounts Redactions { get; init; } = RedactionCounts.None;

    /// <summary>All records read: contacts + transcripts + recordings.</summary>
    public long Read => Contacts.Read + Transcripts.Read + Audio.Read;

    /// <summary>All records stored: contacts + transcripts + recordings.</summary>
    public long Stored => Contacts.Stored + Transcripts.Stored + Audio.Stored;

    /// <summary>All records rejected: contacts + transcripts + recordings.</summary>
    public long Rejected => Contacts.Rejected + Transcripts.Rejected + Audio.Rejected;
}
