namespace InteractionAnalytics.Core.Metrics;

/// <summary>
/// The handle-time metrics of a set of contacts, as defined in docs/metrics.md. A ratio or average whose
/// denominator is zero is <see langword="null"/> (not zero): no handled contacts means no AHT, not an AHT of 0 s.
/// </summary>
public sealed record ContactMetrics
{
    /// <summary>Contacts offered: handled + abandoned.</summary>
    public required long Contacts { get; init; }

    /// <summary>Contacts an agent answered.</summary>
    public required long Handled { get; init; }

    /// <summary>Contacts the customer left before an agent answered.</summary>
    public required long Abandoned { get; init; }

    /// <summary>Abandoned / offered, in 0..1; <see langword="null"/> when no contacts were offered.</summary>
    public required double? AbandonmentRate { get; init; }

    /// <summary>Average handle time in seconds: total handle seconds / handled contacts.</summary>
    public required double? AhtSeconds { get; init; }

    /// <summary>Average talk seconds per handled contact.</summary>
    public required double? AvgTalkSeconds { get; init; }

    /// <summary>Average hold seconds per handled contact (contacts without hold count as 0).</summary>
    public required double? AvgHoldSeconds { get; init; }

    /// <summary>Average after-call work seconds per handled contact.</summary>
    public required double? AvgAcwSeconds { get; init; }

    /// <summary>Handled contacts with at least one transfer.</summary>
    public required long Transferred { get; init; }

    /// <summary>Transferred / handled, in 0..1; <see langword="null"/> when nothing was handled.</summary>
    public required double? TransferRate { get; init; }

    /// <summary>Handle seconds summed over handled contacts.</summary>
    public required double TotalHandleSeconds { get; init; }

    /// <summary>Derives the metrics from additive <paramref name="totals"/>.</summary>
    public static ContactMetrics From(ContactTotals totals) => new()
    {
        Contacts = totals.Contacts,
        Handled = totals.Handled,
        Abandoned = totals.Abandoned,
        AbandonmentRate = Ratio(totals.Abandoned, totals.Contacts),
        AhtSeconds = Ratio(totals.HandleSeconds, totals.Handled),
        AvgTalkSeconds = Ratio(totals.TalkSeconds, totals.Handled),
        AvgHoldSeconds = Ratio(totals.HoldSeconds, totals.Handled),
        AvgAcwSeconds = Ratio(totals.AcwSeconds, totals.Handled),
        Transferred = totals.Transferred,
        TransferRate = Ratio(totals.Transferred, totals.Handled),
        TotalHandleSeconds = totals.HandleSeconds,
    };

    private static double? Ratio(double numerator, long denominator) => denominator == 0 ? null : numerator / denominator;
}
