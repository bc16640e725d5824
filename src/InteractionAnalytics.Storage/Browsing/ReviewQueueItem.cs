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
    string? RolesReason)
{
    /// <summary>Whether the classification is flagged for a confidence below the threshold (and not corrected since).</summary>
    public bool LowConfidence { get; init; }

    /// <summary>
    /// Whether the classification is flagged because the phrase rules and the model alone point to different root causes
    /// (and not corrected since).
    /// </summary>
    public bool RulesVsModel { get; init; }

    /// <summary>The root cause the model alone gives, when <see cref="RulesVsModel"/>.</summary>
    public string? ModelRootCause { get; init; }

    /// <summary>The root cause the phrase rules point to, when <see cref="RulesVsModel"/>.</summary>
    public string? RuleRootCause { get; init; }

    /// <summary>The flags this contact carries, in <see cref="ReviewKindNames.All"/> order.</summary>
    public IReadOnlyList<ReviewKind> Kinds =>
    [
        .. LowConfidence ? [ReviewKind.LowConfidence] : Array.Empty<ReviewKind>(),
        .. RulesVsModel ? [ReviewKind.RulesVsModel] : Array.Empty<ReviewKind>(),
        .. RolesFlagged ? [ReviewKind.SpeakerRoles] : Array.Empty<ReviewKind>(),
    ];
}
