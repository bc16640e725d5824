using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Storage.Browsing;

/// <summary>Everything stored about one contact that its page shows: metadata, handle-time parts, outcome, transcript and labels.</summary>
public sealed record ContactDetail
{
    /// <summary>The contact.</summary>
    public required string CallId { get; init; }

    /// <summary>The customer's id in the export; <see langword="null"/> when it has none.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The agent.</summary>
    public string? AgentId { get; init; }

    /// <summary>The agent's team.</summary>
    public string? Team { get; init; }

    /// <summary>The queue.</summary>
    public string? Queue { get; init; }

    /// <summary>The channel, lower case.</summary>
    public required string Channel { get; init; }

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>The ACD's disposition code, as exported.</summary>
    public string? Disposition { get; init; }

    /// <summary>When the contact started, in the export's offset.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When an agent answered; <see langword="null"/> when nobody did.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>When the contact ended.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>Seconds in the IVR; <see langword="null"/> when the export did not say.</summary>
    public double? IvrSeconds { get; init; }

    /// <summary>Seconds waiting in the queue; <see langword="null"/> when the export did not say.</summary>
    public double? QueueSeconds { get; init; }

    /// <summary>Talk seconds.</summary>
    public required double TalkSeconds { get; init; }

    /// <summary>Hold seconds.</summary>
    public required double HoldSeconds { get; init; }

    /// <summary>How many times the customer was put on hold.</summary>
    public required int HoldCount { get; init; }

    /// <summary>After-call work seconds.</summary>
    public required double AcwSeconds { get; init; }

    /// <summary>Talk + hold + after-call work, in seconds (0 when abandoned).</summary>
    public required double HandleSeconds { get; init; }

    /// <summary>Transfers.</summary>
    public required int TransferCount { get; init; }

    /// <summary>Whether the customer left before an agent answered.</summary>
    public required bool Abandoned { get; init; }

    /// <summary>The repeat outcome (docs/metrics.md); <see langword="null"/> before repeats are linked.</summary>
    public string? Outcome { get; init; }

    /// <summary>The repeat contact, when there is one.</summary>
    public string? NextCallId { get; init; }

    /// <summary>The customer's contact chain this contact belongs to, in order (this contact included); empty when not linked.</summary>
    public IReadOnlyList<ChainContact> Chain { get; init; } = [];

    /// <summary>The transcript's turns in order; empty when the contact has no transcript.</summary>
    public IReadOnlyList<ContactTurn> Turns { get; init; } = [];

    /// <summary>How each speaker label of the transcript got its role, in label order; empty without a transcript.</summary>
    public IReadOnlyList<ContactSpeakerRole> SpeakerRoles { get; init; } = [];

    /// <summary>The call recording's measures; <see langword="null"/> when no recording is stored.</summary>
    public ContactRecording? Recording { get; init; }

    /// <summary>The stored sentiment per turn and the customer's summary; <see langword="null"/> when not measured.</summary>
    public ContactSentiment? Sentiment { get; init; }

    /// <summary>Whether the speaker roles are flagged for review (<c>transcripts.roles_need_review</c>).</summary>
    public bool RolesNeedReview { get; init; }

    /// <summary>Why the speaker roles are flagged, when they are.</summary>
    public string? RoleReviewReason { get; init; }

    /// <summary>The model's classification and review flag; <see langword="null"/> when unclassified.</summary>
    public ReviewedClassification? Classification { get; init; }

    /// <summary>The latest supervisor correction of the intent, if any.</summary>
    public string? CorrectedIntent { get; init; }

    /// <summary>The latest supervisor correction of the root cause, if any.</summary>
    public string? CorrectedRootCause { get; init; }

    /// <summary>The intent reports use: the latest correction, else the model's.</summary>
    public string? Intent => CorrectedIntent ?? Classification?.Classification.Intent;

    /// <summary>The root cause reports use: the latest correction, else the model's.</summary>
    public string? RootCause => CorrectedRootCause ?? Classification?.Classification.RootCause;
}
