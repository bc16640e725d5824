namespace InteractionAnalytics.Core.Outcomes;

/// <summary>How repeat contacts are linked (docs/metrics.md, "First-contact resolution").</summary>
public sealed record RepeatLinkingOptions
{
    /// <summary>The default window, 7 days, as in Genesys Cloud's next-contact avoidance.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// How long after a contact ends a new contact from the same customer counts as a repeat. Inclusive: a contact
    /// starting exactly <see cref="Window"/> after the previous one ended is a repeat. Default 7 days; SQM uses 30.
    /// </summary>
    public TimeSpan Window { get; init; } = DefaultWindow;

    /// <summary>Only a contact with the same intent counts as a repeat. Default <see langword="false"/>: any contact does.</summary>
    public bool SameIntent { get; init; }

    /// <summary>Throws when the window is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is zero or negative.</exception>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "The repeat window must be positive.");
        }
    }
}
