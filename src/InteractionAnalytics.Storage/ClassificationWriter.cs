using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Storage;

/// <summary>Writes a contact's model classification (<c>contact_classifications</c>), for ingest and for reclassification.</summary>
internal static class ClassificationWriter
{
    /// <summary>
    /// Stores the model's classification of a contact, replacing the previous one (a rerun with a new model reclassifies).
    /// Supervisors' corrections live in their own table and are never overwritten here.
    /// </summary>
    public static async Task UpsertAsync(
        DbConnection connection, DbTransaction transaction, long runId, string callId, ReviewedClassification? reviewed, CancellationToken cancellationToken)
    {
        if (reviewed is null)
        {
            return;
        }

        var c = reviewed.Classification;
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO contact_classifications
                (call_id, intent, intent_confidence, root_cause, root_cause_confidence, evidence, model_version, needs_review, review_reason,
                 model_root_cause, rule_root_cause, rules_disagree, low_confidence, run_id)
            VALUES (@CallId, @Intent, @IntentConfidence, @RootCause, @RootCauseConfidence, @Evidence, @ModelVersion, @NeedsReview, @ReviewReason,
                 @ModelRootCause, @RuleRootCause, @RulesDisagree, @LowConfidence, @RunId)
            ON CONFLICT (call_id) DO UPDATE SET
                intent = excluded.intent, intent_confidence = excluded.intent_confidence, root_cause = excluded.root_cause,
                root_cause_confidence = excluded.root_cause_confidence, evidence = excluded.evidence, model_version = excluded.model_version,
                needs_review = excluded.needs_review, review_reason = excluded.review_reason,
                model_root_cause = excluded.model_root_cause, rule_root_cause = excluded.rule_root_cause,
                rules_disagree = excluded.rules_disagree, low_confidence = excluded.low_confidence, run_id = excluded.run_id
            """, new
        {
            CallId = callId,
            c.Intent,
            c.IntentConfidence,
            c.RootCause,
            c.RootCauseConfidence,
            Evidence = EvidenceJson.Serialize(c.Evidence),
            c.ModelVersion,
            NeedsReview = reviewed.NeedsReview ? 1 : 0,
            reviewed.ReviewReason,
            c.ModelRootCause,
            c.RuleRootCause,

            // The flag, not the bare disagreement: a policy that does not flag it keeps the queue as it was.
            RulesDisagree = reviewed.RulesDisagreementFlagged ? 1 : 0,
            LowConfidence = reviewed.LowConfidence ? 1 : 0,
            RunId = runId,
        }, transaction, cancellationToken: cancellationToken));
    }
}
