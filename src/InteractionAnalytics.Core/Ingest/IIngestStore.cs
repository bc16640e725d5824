using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Ingest;

/// <summary>
/// Where the ingest pipeline writes. Implementations make every method atomic: a batch is stored whole
/// or not at all, so a rerun after a crash completes the work without duplicates.
/// </summary>
public interface IIngestStore
{
    /// <summary>
    /// Records the start of a run over <paramref name="source"/> and forgets the rejects of earlier runs over
    /// the same source (this run re-reads every record, so it re-rejects what is still bad).
    /// </summary>
    /// <returns>The new run's id.</returns>
    Task<long> StartRunAsync(string source, string optionsJson, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates <paramref name="batch"/> by call id. A call id already stored by this run
    /// (earlier in the batch or in an earlier batch) is not stored again: its result is
    /// <see cref="UpsertOutcome.DuplicateInRun"/>.
    /// </summary>
    /// <returns>One result per record, in the order of <paramref name="batch"/>.</returns>
    Task<IReadOnlyList<UpsertResult>> UpsertContactsAsync(long runId, IReadOnlyList<SourcedContact> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces the transcripts of <paramref name="batch"/> by call id (all turns replaced).
    /// A transcript whose contact is not stored gets <see cref="UpsertOutcome.UnknownContact"/>; a second
    /// transcript for the same contact in this run gets <see cref="UpsertOutcome.DuplicateInRun"/>.
    /// </summary>
    /// <returns>One result per transcript, in the order of <paramref name="batch"/>.</returns>
    Task<IReadOnlyList<UpsertResult>> UpsertTranscriptsAsync(long runId, IReadOnlyList<SourcedTranscript> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces the recordings' measures of <paramref name="batch"/> by call id. A recording whose contact is not
    /// stored gets <see cref="UpsertOutcome.UnknownContact"/>; a second recording of the same contact in this run gets
    /// <see cref="UpsertOutcome.DuplicateInRun"/>; a recording measured exactly as stored gets <see cref="UpsertOutcome.Unchanged"/>.
    /// </summary>
    /// <returns>One result per recording, in the order of <paramref name="batch"/>.</returns>
    Task<IReadOnlyList<UpsertResult>> UpsertAudioAsync(long runId, IReadOnlyList<SourcedAudio> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Supervisors' speaker-role corrections for the contacts <paramref name="callIds"/>: per call id, the corrected role
    /// of each corrected speaker label (the latest correction of a label wins). Contacts without corrections are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Speaker>>> GetRoleCorrectionsAsync(
        IReadOnlyCollection<string> callIds, CancellationToken cancellationToken);

    /// <summary>Adds rejected records of run <paramref name="runId"/> over <paramref name="source"/>.</summary>
    Task AddRejectsAsync(long runId, string source, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken);

    /// <summary>
    /// The post-pass after a run's records are stored: (re)computes the repeat outcome and chain of every contact of
    /// the customers run <paramref name="runId"/> touched, of every contact still pending, and of every contact without
    /// an outcome (all contacts when the stored outcomes used other <paramref name="options"/>). Atomic and idempotent.
    /// </summary>
    Task<RepeatLinkSummary> LinkRepeatsAsync(long runId, RepeatLinkingOptions options, CancellationToken cancellationToken);

    /// <summary>Records how the run <paramref name="summary"/> describes ended, with its counts.</summary>
    Task FinishRunAsync(IngestRunSummary summary, CancellationToken cancellationToken);
}
