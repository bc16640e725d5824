namespace InteractionAnalytics.Core.Contacts;

/// <summary>
/// One contact (call, chat, …) as the ACD reported it, after parsing. Durations are in seconds.
/// A record says nothing about whether it is valid: <see cref="ContactRules.Check"/> does.
/// </summary>
public sealed record ContactRecord
{
    /// <summary>The ACD's unique contact id; the key that makes re-ingesting an export idempotent.</summary>
    public required string CallId { get; init; }

    /// <summary>Stable customer key (account, hashed phone number); <see langword="null"/> when unknown.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The agent who handled the contact; <see langword="null"/> for abandoned contacts.</summary>
    public string? AgentId { get; init; }

    /// <summary>The agent's team, if the export has one.</summary>
    public string? Team { get; init; }

    /// <summary>The queue (skill, split) the contact was routed through, if any.</summary>
    public string? Queue { get; init; }

    /// <summary>Media type in lower case, e.g. <c>voice</c> (the default), <c>chat</c>, <c>email</c>.</summary>
    public string Channel { get; init; } = "voice";

    /// <summary>Who started the contact. Default <see cref="ContactDirection.Inbound"/>.</summary>
    public ContactDirection Direction { get; init; } = ContactDirection.Inbound;

    /// <summary>When the contact reached the center (entered the IVR or queue), with its UTC offset.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When an agent answered; <see langword="null"/> when no agent did.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>When the customer's connection ended (after-call work comes after this).</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>Seconds spent in the IVR before queueing; <see langword="null"/> when the export does not say.</summary>
    public double? IvrSeconds { get; init; }

    /// <summary>Seconds waiting in queue for an agent; <see langword="null"/> when the export does not say.</summary>
    public double? QueueSeconds { get; init; }

    /// <summary>Seconds the agent and customer were connected, excluding hold. 0 for abandoned contacts.</summary>
    public double TalkSeconds { get; init; }

    /// <summary>Seconds the customer was on hold, over all holds. Default 0.</summary>
    public double HoldSeconds { get; init; }

    /// <summary>Number of times the customer was put on hold. Default 0.</summary>
    public int HoldCount { get; init; }

    /// <summary>Seconds of after-call work (wrap-up) the agent spent. Default 0.</summary>
    public double AcwSeconds { get; init; }

    /// <summary>Number of transfers during the contact. Default 0.</summary>
    public int TransferCount { get; init; }

    /// <summary>The customer left before an agent answered.</summary>
    public bool Abandoned { get; init; }

    /// <summary>The ACD's or agent's wrap-up code, free text.</summary>
    public string? Disposition { get; init; }

    /// <summary>
    /// Handle time in seconds: talk + hold + after-call work for a handled contact, 0 for an abandoned one
    /// (see docs/metrics.md).
    /// </summary>
    public double HandleSeconds => Abandoned ? 0 : TalkSeconds + HoldSeconds + AcwSeconds;
}
