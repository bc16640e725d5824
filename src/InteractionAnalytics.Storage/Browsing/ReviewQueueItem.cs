namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One contact in the review queue: why it was flagged, and of which kind (classification, speaker roles or both).</summary>
/// <param name="CallId">The contact.</param>
/// <param name="StartedAt">When it started, in the export's offset.</param>
/// <param name="AgentId">The agent; <see langword="null"/> when the export has none.</param>
/// <param name="Team">The agent's team.</param>
/// <param name="ClassificationFlagged">
/// Whether the model's classification is flagged (<c>contact_classifications.needs_review</c>) and no supervisor has corrected
/// it since.
/// </param>
/// <param name="ClassificationReason">Why the classification is flagged, when <paramref name="ClassificationFlagged"/>.</param>
/// <param name="RolesFlagged">
/// Whether the transcript's speaker roles are flagged (<c>transcripts.roles_need_review</c>) and no supervisor has corrected
/// them since.
/// </param>
/// <param name="RolesReason">Why the speaker roles are flagged, when <paramref name="RolesFlagged"/>.</param>
public sealed record ReviewQueueItem(
    string CallId,
    DateTimeOffset StartedAt,
    string? AgentId,
    string? Team,
    bool ClassificationFlagged,
    string? ClassificationReason,
    bool RolesFlagged,
    string? RolesReason);
