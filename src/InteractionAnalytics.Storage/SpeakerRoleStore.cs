using System.Data.Common;
using Dapper;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage;

/// <summary>
/// Records supervisors' corrections of speaker roles (<c>speaker_role_corrections</c>, docs/speaker-roles.md) and applies them
/// to the stored transcript at once, so the contact's page and the review queue show them before the next ingest (which
/// applies them again, through <c>IIngestStore.GetRoleCorrectionsAsync</c>).
/// </summary>
public sealed class SpeakerRoleStore
{
    private readonly DbDataSource _dataSource;

    internal SpeakerRoleStore(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>
    /// In one transaction: records one <c>speaker_role_corrections</c> row per label whose role changes (with its previous
    /// role), appends one <see cref="AuditActions.CorrectSpeakerRoles"/> entry (the changed labels' roles before and after,
    /// the reason), sets those labels' <c>speaker_roles</c> to the new role (method <c>corrected</c>, confidence 1, no
    /// evidence) and their turns' <c>speaker</c>, and clears the transcript's review flag (the supervisor has reviewed every
    /// label) with its role confidence recomputed. Nothing is written when no role changes.
    /// </summary>
    /// <returns>
    /// The labels whose role changed, in ordinal order (empty when none did); <see langword="null"/> when the contact has no
    /// stored speaker roles (no such contact, or no transcript).
    /// </returns>
    /// <exception cref="ArgumentException">A label of <paramref name="correction"/> is not one of the contact's labels.</exception>
    public Task<IReadOnlyList<string>?> CorrectAsync(SpeakerRoleCorrection correction, CancellationToken cancellationToken) =>
        CorrectAsync(correction, null, cancellationToken);

    /// <summary>
    /// As <see cref="CorrectAsync(SpeakerRoleCorrection, CancellationToken)"/>, and, when <paramref name="reclassify"/> is
    /// given and the contact has a stored classification, classifies the transcript again with the corrected roles (intent
    /// comes from the customer's turns, so a wrong role mislabels it) and replaces the stored classification in the same
    /// transaction; the audit entry then also holds the intent and root cause before and after. The transcript's measures
    /// (sentiment, talk shares) keep the old roles until the next ingest.
    /// </summary>
    public async Task<IReadOnlyList<string>?> CorrectAsync(
        SpeakerRoleCorrection correction, Func<IReadOnlyList<Turn>, ReviewedClassification>? reclassify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = (await connection.QueryAsync<(string Label, string Role)>(new CommandDefinition(
                "SELECT speaker_label, role FROM speaker_roles WHERE call_id = @CallId", new { correction.CallId }, transaction,
                cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Label, r => r.Role, StringComparer.Ordinal);
        if (current.Count == 0)
        {
            return null;
        }

        var unknown = correction.Roles.Keys.Where(l => !current.ContainsKey(l)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Contact {correction.CallId} has no speaker label {string.Join(", ", unknown)}.", nameof(correction));
        }

        var changed = correction.Roles
            .Select(p => (Label: p.Key, Role: SpeakerNames.ToName(p.Value), Previous: current[p.Key]))
            .Where(c => !string.Equals(c.Role, c.Previous, StringComparison.Ordinal))
            .OrderBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        var correctedAt = StorageFormat.Timestamp(correction.CorrectedAt);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO speaker_role_corrections (call_id, speaker_label, role, previous_role, reason, corrected_by, corrected_at)
            VALUES (@CallId, @Label, @Role, @Previous, @Reason, @CorrectedBy, @CorrectedAt)
            """, changed.Select(c => new
        {
            correction.CallId,
            c.Label,
            c.Role,
            c.Previous,
            correction.Reason,
            correction.CorrectedBy,
            CorrectedAt = correctedAt,
        }), transaction, cancellationToken: cancellationToken));

        var rows = changed.Select(c => new { correction.CallId, c.Label, c.Role, Method = SpeakerRoleMethodNames.ToName(SpeakerRoleMethod.Corrected) }).ToList();
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE speaker_roles SET role = @Role, method = @Method, confidence = 1, evidence = '[]'
            WHERE call_id = @CallId AND speaker_label = @Label
            """, rows, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE transcript_turns SET speaker = @Role WHERE call_id = @CallId AND speaker_label = @Label",
            rows, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE transcripts SET roles_need_review = 0, role_review_reason = NULL,
                role_confidence = (SELECT MIN(confidence) FROM speaker_roles WHERE call_id = @CallId)
            WHERE call_id = @CallId
            """, new { correction.CallId }, transaction, cancellationToken: cancellationToken));

        var before = changed.Select(c => (c.Label, (string?)c.Previous)).ToList();
        var after = changed.Select(c => (c.Label, (string?)c.Role)).ToList();
        if (reclassify is not null
            && await connection.QuerySingleOrDefaultAsync<StoredLabels>(new CommandDefinition(
                "SELECT intent AS Intent, root_cause AS RootCause, run_id AS RunId FROM contact_classifications WHERE call_id = @CallId",
                new { correction.CallId }, transaction, cancellationToken: cancellationToken)) is { } stored)
        {
            var reviewed = reclassify(await StoredTurns.ReadAsync(connection, transaction, correction.CallId, cancellationToken));
            await ClassificationWriter.UpsertAsync(connection, transaction, stored.RunId, correction.CallId, reviewed, cancellationToken);
            before.AddRange([("intent", stored.Intent), ("root_cause", stored.RootCause)]);
            after.AddRange([("intent", reviewed.Classification.Intent), ("root_cause", reviewed.Classification.RootCause)]);
        }

        // Audited in the correction's own transaction: the changed labels' roles (and a reclassification) before and after.
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            correction.CorrectedAt, correction.CorrectedBy, AuditActions.CorrectSpeakerRoles, AuditEntities.Contact, correction.CallId,
            AuditJson.Object([.. before]), AuditJson.Object([.. after]), correction.Reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. changed.Select(c => c.Label)];
    }

    // A class with setters: Dapper maps it whatever types SQLite reports.
    private sealed class StoredLabels
    {
        public string Intent { get; set; } = string.Empty;

        public string RootCause { get; set; } = string.Empty;

        public long RunId { get; set; }
    }
}
