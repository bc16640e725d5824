namespace InteractionAnalytics.Storage.Rows;

/// <summary>A contact as repeat linking reads it (see <see cref="RepeatLinkWriter"/>).</summary>
internal sealed class LinkRow
{
    public string CallId { get; init; } = "";

    public string? CustomerId { get; init; }

    public string StartedAt { get; init; } = "";

    public string EndedAt { get; init; } = "";

    public long Abandoned { get; init; }

    public double HandleSeconds { get; init; }

    public string? Intent { get; init; }
}
