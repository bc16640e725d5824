using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage;

/// <summary>Reads contacts' classifications and records supervisors' corrections (docs/database.md).</summary>
public sealed class ClassificationStore
{
    // The labels a new correction replaces: the latest earlier correction of each, else the model's.
    private static readonly string PreviousLabelsSql = $"""
        SELECT
          COALESCE({CorrectionSql.Latest("intent", "@CallId")}, (SELECT intent FROM contact_classifications WHERE call_id = @CallId)) AS Intent,
          COALESCE({CorrectionSql.Latest("root_cause", "@CallId")}, (SELECT root_cause FROM contact_classifications WHERE call_id = @CallId)) AS RootCause
        """;

    private static readonly string CorrectedLabelsSql = $"""
        SELECT d.call_id AS CallId,
          {CorrectionSql.Latest("intent", "d.call_id")} AS Intent,
          {CorrectionSql.Latest("root_cause", "d.call_id")} AS RootCause
        FROM (SELECT DISTINCT call_id FROM classification_corrections) d
        ORDER BY d.call_id
        """;

    private readonly DbDataSource _dataSource;

    internal ClassificationStore(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>The model's stored classification of a contact, or <see langword="null"/> when it has none.</summary>
    public async Task<ReviewedClassification?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClassificationRow>(new CommandDefinition("""
            SELECT intent AS Intent, intent_confidence AS IntentConfidence, root_cause AS RootCause,
                   root_cause_confidence AS RootCauseConfidence, evidence AS Evidence, model_version AS ModelVersion,
                   needs_review AS NeedsReview, review_reason AS ReviewReason, model_root_cause AS ModelRootCause,
                   rule_root_cause AS RuleRootCause, rules_disagree AS RulesDisagree, low_confidence AS LowConfidence
            FROM contact_classifications WHERE call_id = @CallId
            """, new { CallId = callId }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new ReviewedClassification(
                new ContactClassification(row.Intent, row.IntentConfidence, row.RootCause, row.RootCauseConfidence,
                    EvidenceJson.Deserialize(row.Evidence), row.ModelVersion)
                {
                    ModelRootCause = row.ModelRootCause,
                    RuleRootCause = row.RuleRootCause,
                },
                row.NeedsReview != 0,
                row.ReviewReason)
            {
                LowConfidence = row.LowConfidence != 0,
                RulesDisagreementFlagged = row.RulesDisagree != 0,
            };
    }

    /// <summary>Contacts flagged for review and not corrected since, oldest contact first.</summary>
    public async Task<IReadOnlyList<string>> GetReviewQueueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT cl.call_id FROM contact_classifications cl JOIN contacts c ON c.call_id = cl.call_id
            WHERE cl.needs_review = 1 AND NOT EXISTS (SELECT 1 FROM classification_corrections cc WHERE cc.call_id = cl.call_id)
            ORDER BY c.started_at_utc, cl.call_id LIMIT @Limit
            """, new { Limit = limit }, cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Records a correction with the labels it replaces (the effective labels before it: the latest earlier correction,
    /// else the model's) and appends its <see cref="AuditActions.CorrectClassification"/> entry to the audit log in the same
    /// transaction. Returns <see langword="false"/> when the contact does not exist.
    /// </summary>
    public async Task<bool> AddCorrectionAsync(ClassificationCorrection correction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM contacts WHERE call_id = @CallId", new { correction.CallId }, transaction, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return false;
        }

        var previous = await connection.QuerySingleOrDefaultAsync<PreviousLabels>(new CommandDefinition(PreviousLabelsSql,
            new { correction.CallId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO classification_corrections
                (call_id, intent, root_cause, previous_intent, previous_root_cause, reason, corrected_by, corrected_at)
            VALUES (@CallId, @Intent, @RootCause, @PreviousIntent, @PreviousRootCause, @Reason, @CorrectedBy, @CorrectedAt)
            """, new
        {
            correction.CallId,
            correction.Intent,
            correction.RootCause,
            PreviousIntent = correction.Intent is null ? null : previous?.Intent,
            PreviousRootCause = correction.RootCause is null ? null : previous?.RootCause,
            correction.Reason,
            correction.CorrectedBy,
            CorrectedAt = StorageFormat.Timestamp(correction.CorrectedAt),
        }, transaction, cancellationToken: cancellationToken));

        // Every correction is audited in the correction's own transaction, with both effective labels before and after it.
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            correction.CorrectedAt, correction.CorrectedBy, AuditActions.CorrectClassification, AuditEntities.Contact, correction.CallId,
            AuditJson.Object(("intent", previous?.Intent), ("root_cause", previous?.RootCause)),
            AuditJson.Object(("intent", correction.Intent ?? previous?.Intent), ("root_cause", correction.RootCause ?? previous?.RootCause)),
            correction.Reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Every corrected contact that has a transcript, with its latest corrected labels, in call id order.</summary>
    public async Task<IReadOnlyList<CorrectedContact>> GetCorrectedContactsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var labels = (await connection.QueryAsync<CorrectedLabels>(new CommandDefinition(
            CorrectedLabelsSql, cancellationToken: cancellationToken))).ToList();
        var result = new List<CorrectedContact>(labels.Count);
        foreach (var label in labels)
        {
            var turns = await StoredTurns.ReadAsync(connection, null, label.CallId, cancellationToken);
            if (turns.Count > 0)
            {
                result.Add(new CorrectedContact(label.CallId, turns, label.Intent, label.RootCause));
            }
        }

        return result;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> classified contacts that no supervisor corrected, the latest first, with their
    /// transcripts and the model's stored labels: what <c>ia evaluate --corrections</c> checks a retrained model did not
    /// move.
    /// </summary>
    public async Task<IReadOnlyList<UncorrectedContact>> GetUncorrectedContactsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var labels = (await connection.QueryAsync<(string CallId, string Intent, string RootCause)>(new CommandDefinition("""
            SELECT cl.call_id, cl.intent, cl.root_cause FROM contact_classifications cl JOIN contacts c ON c.call_id = cl.call_id
            WHERE NOT EXISTS (SELECT 1 FROM classification_corrections cc WHERE cc.call_id = cl.call_id)
            ORDER BY c.started_at_utc DESC, cl.call_id LIMIT @Limit
            """, new { Limit = limit }, cancellationToken: cancellationToken))).ToList();
        var result = new List<UncorrectedContact>(labels.Count);
        foreach (var (callId, intent, rootCause) in labels)
        {
            var turns = await StoredTurns.ReadAsync(connection, null, callId, cancellationToken);
            if (turns.Count > 0)
            {
                result.Add(new UncorrectedContact(callId, turns, intent, rootCause));
            }
        }

        return result;
    }

    private sealed record ClassificationRow(
        string Intent, double IntentConfidence, string RootCause, double RootCauseConfidence, string Evidence, string ModelVersion,
        long NeedsReview, string? ReviewReason, string? ModelRootCause, string? RuleRootCause, long RulesDisagree, long LowConfidence);

    // A class with setters, not a positional record: when both labels are NULL (a contact never classified and never
    // corrected) SQLite reports the columns as BLOB, and Dapper would look for a (byte[], byte[]) constructor.
    private sealed class PreviousLabels
    {
        public string? Intent { get; set; }

        public string? RootCause { get; set; }
    }

    private sealed record CorrectedLabels(string CallId, string? Intent, string? RootCause);

}
