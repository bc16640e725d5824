namespace InteractionAnalytics.Storage.Browsing;

/// <summary>
/// Which contacts a list shows and in what order. Every filter is optional (<see langword="null"/>: no filter) and they
/// combine with AND. Text filters match exactly (case-sensitive, as stored).
/// </summary>
public sealed record ContactQuery
{
    /// <summary>The page size of the web app's list: 50 contacts.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>First local calendar date included (inclusive), as <c>contacts.start_date</c>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last local calendar date included (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only this agent's contacts.</summary>
    public string? AgentId { get; init; }

    /// <summary>Only this team's contacts.</summary>
    public string? Team { get; init; }

    /// <summary>Only this queue's contacts.</summary>
    public string? Queue { get; init; }

    /// <summary>Only contacts with this intent (a supervisor's latest correction wins over the model).</summary>
    public string? Intent { get; init; }

    /// <summary>Only contacts with this root cause (a supervisor's latest correction wins over the model).</summary>
    public string? RootCause { get; init; }

    /// <summary>
    /// Only contacts whose intent or root cause was classified with a confidence strictly below this (0..1). A label a
    /// supervisor corrected counts as confident whatever the model said; an unclassified contact never matches.
    /// </summary>
    public double? ConfidenceBelow { get; init; }

    /// <summary>
    /// Only classified contacts whose intent and root cause both have a confidence of at least this (0..1, inclusive); a
    /// corrected label counts as confident. An unclassified contact never matches.
    /// </summary>
    public double? ConfidenceAtLeast { get; init; }

    /// <summary>
    /// Only contacts whose transcript's resolution (<c>conversation_measures.resolution</c>) is this: <c>resolved</c>,
    /// <c>unresolved</c> or <c>unknown</c>. A contact without a measured transcript never matches.
    /// </summary>
    public string? Resolution { get; init; }

    /// <summary>
    /// Only contacts whose repeat outcome (<c>contact_outcomes.outcome</c>) is this, e.g. <c>repeated</c>,
    /// <c>resolved_first_contact</c>, <c>pending</c>.
    /// </summary>
    public string? Outcome { get; init; }

    /// <summary>Only contacts whose customer sentiment matches this (see <see cref="SentimentFilter"/>).</summary>
    public SentimentFilter? Sentiment { get; init; }

    /// <summary>
    /// The access restriction, separate from the filters above so a filter can never widen it: when set, only contacts
    /// whose <c>agent_id</c> equals it exist for this query (an agent sees only their own contacts).
    /// </summary>
    public string? VisibleAgentId { get; init; }

    /// <summary>The order. Default: newest first.</summary>
    public ContactSort Sort { get; init; } = ContactSort.NewestFirst;

    /// <summary>The 1-based page. Default 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Contacts per page, 1 to 1,000. Default <see cref="DefaultPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
