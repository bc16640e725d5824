namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>The fields of export format v1's <c>calls.csv</c> (docs/export-format.md), by their column names.</summary>
public static class CallField
{
    /// <summary>Unique contact id (required).</summary>
    public const string CallId = "call_id";
    /// <summary>Customer key (optional).</summary>
    public const string CustomerId = "customer_id";
    /// <summary>Agent id (optional; empty for abandoned contacts).</summary>
    public const string AgentId = "agent_id";
    /// <summary>Team (optional).</summary>
    public const string Team = "team";
    /// <summary>Queue (optional).</summary>
    public const string Queue = "queue";
    /// <summary>Channel (optional, default voice).</summary>
    public const string Channel = "channel";
    /// <summary>Direction (optional, default inbound).</summary>
    public const string Direction = "direction";
    /// <summary>Start timestamp (required).</summary>
    public const string StartedAt = "started_at";
    /// <summary>Answer timestamp (optional).</summary>
    public const string AnsweredAt = "answered_at";
    /// <summary>End timestamp (required).</summary>
    public const string EndedAt = "ended_at";
    /// <summary>IVR seconds (optional).</summary>
    public const string IvrSeconds = "ivr_seconds";
    /// <summary>Queue seconds (optional).</summary>
    public const string QueueSeconds = "queue_seconds";
    /// <summary>Talk seconds (required for handled contacts unless derivable).</summary>
    public const string TalkSeconds = "talk_seconds";
    /// <summary>Hold seconds (optional, default 0).</summary>
    public const string HoldSeconds = "hold_seconds";
    /// <summary>Hold count (optional, default 0).</summary>
    public const string HoldCount = "hold_count";
    /// <summary>After-call work seconds (optional, default 0).</summary>
    public const string AcwSeconds = "acw_seconds";
    /// <summary>Transfer count (optional, default 0).</summary>
    public const string TransferCount = "transfer_count";
    /// <summary>Abandoned flag (optional, inferred when empty).</summary>
    public const string Abandoned = "abandoned";
    /// <summary>Disposition / wrap-up code (optional).</summary>
    public const string Disposition = "disposition";

    /// <summary>All fields in the order of the v1 header.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CallId, CustomerId, AgentId, Team, Queue, Channel, Direction, StartedAt, AnsweredAt, EndedAt,
        IvrSeconds, QueueSeconds, TalkSeconds, HoldSeconds, HoldCount, AcwSeconds, TransferCount, Abandoned, Disposition,
    ];

    /// <summary>Fields whose column must exist in the header.</summary>
    public static IReadOnlyList<string> Required { get; } = [CallId, StartedAt, EndedAt];
}
