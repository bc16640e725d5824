namespace InteractionAnalytics.Storage.Rows;

/// <summary>
/// How the latest repeat-linking pass ran, read back from one of its <c>contact_outcomes</c> rows: its window, intent rule,
/// horizon and run. Re-linking after a deletion reuses them, so the remaining outcomes mean what the others mean.
/// </summary>
internal sealed class LinkSettingsRow
{
    /// <summary>The repeat window, seconds.</summary>
    public double WindowSeconds { get; init; }

    /// <summary>1 when only a contact of the same intent counts as a repeat.</summary>
    public long SameIntent { get; init; }

    /// <summary>How far the data went (UTC, fixed width).</summary>
    public string HorizonUtc { get; init; } = "";

    /// <summary>The run that linked.</summary>
    public long RunId { get; init; }
}
