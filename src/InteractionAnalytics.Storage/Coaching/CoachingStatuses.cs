namespace InteractionAnalytics.Storage.Coaching;

/// <summary>The values of <c>coaching_items.status</c>.</summary>
public static class CoachingStatuses
{
    /// <summary>Waiting for a coach.</summary>
    public const string Open = "open";

    /// <summary>Closed by a coach with a closing note; never reopened by the flag that made it.</summary>
    public const string Closed = "closed";
}
