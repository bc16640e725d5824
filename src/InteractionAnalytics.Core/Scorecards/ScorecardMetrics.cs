using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Core.Scorecards;

/// <summary>
/// The scorecard numbers of one set of contacts (an agent's, a team's, one week's), each with its n and the minimum it
/// must reach to be shown. AHT, FCR, repeat and transfer rates and the sentiment change are exactly the report's
/// (<see cref="ContactMetrics.From"/>), never computed a second way.
/// </summary>
public sealed record ScorecardMetrics
{
    /// <summary>Handled contacts.</summary>
    public required long Handled { get; init; }

    /// <summary>The report's metrics of the same contacts, for anything else a page wants (FCR interval, window-open repeats).</summary>
    public required ContactMetrics Contacts { get; init; }

    /// <summary>Every compared number, by metric.</summary>
    public required IReadOnlyDictionary<ScorecardMetric, ScorecardValue> Values { get; init; }

    /// <summary>The 95% Wilson interval of the FCR rate; <see langword="null"/> when n is 0 or the rate is withheld.</summary>
    public WilsonInterval? FcrInterval => Values[ScorecardMetric.Fcr].BelowMinimum ? null : Contacts.FcrInterval;

    /// <summary>The value of <paramref name="metric"/>.</summary>
    public ScorecardValue this[ScorecardMetric metric] => Values[metric];

    /// <summary>Derives the numbers from <paramref name="totals"/>, withholding those whose n is below <paramref name="minimums"/>.</summary>
    public static ScorecardMetrics From(ScorecardTotals totals, ScorecardMinimums minimums)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        var m = ContactMetrics.From(totals.Contacts);
        var contacts = minimums.Contacts;
        return new ScorecardMetrics
        {
            Handled = m.Handled,
            Contacts = m,
            Values = new Dictionary<ScorecardMetric, ScorecardValue>
            {
                [ScorecardMetric.Aht] = new(m.AhtSeconds, m.Handled, contacts),
                [ScorecardMetric.Fcr] = new(m.FcrRate, m.FcrN, contacts),
                [ScorecardMetric.RepeatRate] = new(m.RepeatRate, m.FcrN, contacts),
                [ScorecardMetric.TransferRate] = new(m.TransferRate, m.Handled, contacts),
                [ScorecardMetric.SentimentChange] = new(m.AvgCustomerSentimentChange, m.SentimentChangeN, contacts),
                [ScorecardMetric.AgentRootCauseShare] = new(Ratio(totals.AgentRootCause, totals.Classified), totals.Classified, contacts),
                [ScorecardMetric.QaScore] = new(Ratio(totals.QaScoreSum, totals.QaEvaluations), totals.QaEvaluations, minimums.QaEvaluations),
            },
        };
    }

    private static double? Ratio(double numerator, long denominator) => denominator == 0 ? null : numerator / denominator;
}
