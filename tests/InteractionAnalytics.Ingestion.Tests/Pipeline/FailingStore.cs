using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>The real store, except that the <paramref name="failOnBatch"/>-th contact batch fails as a full disk would.</summary>
internal sealed class FailingStore(IIngestStore inner, int failOnBatch) : IIngestStore
{
    private int _batches;

    public Task<long> StartRunAsync(string source, string optionsJson, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        inner.StartRunAsync(source, optionsJson, startedAt, cancellationToken);

    public Task<IReadOnlyList<UpsertResult>> UpsertContactsAsync(long runId, IReadOnlyList<SourcedContact> batch, CancellationToken cancellationToken) =>
        ++_batches == failOnBatch
            ? throw new IOException("disk full (simulated)")
            : inner.UpsertContactsAsync(runId, batch, cancellationToken);

    public Task<IReadOnlyList<UpsertResult>> UpsertTranscriptsAsync(long runId, IReadOnlyList<SourcedTranscript> batch, CancellationToken cancellationToken) =>
        inner.UpsertTranscriptsAsync(runId, batch, cancellationToken);

    public Task<IReadOnlyList<UpsertResult>> UpsertAudioAsync(long runId, IReadOnlyList<SourcedAudio> batch, CancellationToken cancellationToken) =>
        inner.UpsertAudioAsync(runId, batch, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Speaker>>> GetRoleCorrectionsAsync(
        IReadOnlyCollection<string> callIds, CancellationToken cancellationToken) => inner.GetRoleCorrectionsAsync(callIds, cancellationToken);

    public Task AddRejectsAsync(long runId, string source, IReadOnlyList<RejectedRecord> rejects, CancellationToken cancellationToken) =>
        inner.AddRejectsAsync(runId, source, rejects, cancellationToken);

    public Task<RepeatLinkSummary> LinkRepeatsAsync(long runId, RepeatLinkingOptions options, CancellationToken cancellationToken) =>
        inner.LinkRepeatsAsync(runId, options, cancellationToken);

    public Task FinishRunAsync(IngestRunSummary summary, CancellationToken cancellationToken) => inner.FinishRunAsync(summary, cancellationToken);
}
