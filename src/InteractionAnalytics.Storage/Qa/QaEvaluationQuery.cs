namespace InteractionAnalytics.Storage.Qa;

/// <summary>Which evaluations to list, newest first.</summary>
public sealed record QaEvaluationQuery
{
    /// <summary>Evaluations per page: 50.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Only this agent's (the contact's agent when the evaluation started); <see langword="null"/> for all.</summary>
    public string? AgentId { get; init; }

    /// <summary>Only this status (<see cref="QaStatuses"/>); <see langword="null"/> for both.</summary>
    public string? Status { get; init; }

    /// <summary>Only evaluations whose date (submitted, or started for drafts, as stored: UTC) is on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only evaluations whose date is on or before this day (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>The 1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Evaluations per page.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
