namespace InteractionAnalytics.Core.Privacy;

/// <summary>A redacted text and what was replaced in it.</summary>
/// <param name="Text">The text with every enabled finding replaced by its placeholder.</param>
/// <param name="Counts">How many values of each kind were replaced.</param>
public sealed record RedactionResult(string Text, RedactionCounts Counts)
{
    /// <summary>At least one value was replaced.</summary>
    public bool Changed => Counts.Total > 0;
}
