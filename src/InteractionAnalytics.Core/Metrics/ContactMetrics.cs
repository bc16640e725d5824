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

    /// <summary>Contacts resolved at first contact: no repeat within the window, and the window has elapsed.</summary>
    public long ResolvedFirstContact { get; init; }

    /// <summary>Contacts followed by a repeat within the window, the window elapsed.</summary>
    public long Repeated { get; init; }

    /// <summary>Contacts already repeated whose window has not elapsed; outside the FCR rate until it has, so recent days are not biased down.</summary>
    public long RepeatedWindowOpen { get; init; }

    /// <summary>Contacts whose window has not yet elapsed; excluded from the FCR rate until it does.</summary>
    public long Pending { get; init; }

    /// <summary>Handled contacts without a customer key; excluded from the FCR rate, never guessed.</summary>
    public long Unlinkable { get; init; }

    /// <summary>n of the FCR rate: contacts with a final outcome (resolved first contact + repeated).</summary>
    public long FcrN { get; init; }

    /// <summary>First-contact resolution rate: resolved first contact / (resolved + repeated), in 0..1; <see langword="null"/> when n is 0.</summary>
    public double? FcrRate { get; init; }

    /// <summary>The 95% Wilson interval of <see cref="FcrRate"/>; <see langword="null"/> when n is 0.</summary>
    public WilsonInterval? FcrInterval { get; init; }

    /// <summary>Repeat rate: repeated / (resolved + repeated) = 1 − FCR, in 0..1; <see langword="null"/> when n is 0.</summary>
    public double? RepeatRate { get; init; }

    /// <summary>Finished contact chains (a first contact and its repeats, ending resolved), counted at their first contact.</summary>
    public long ResolvedChains { get; init; }

    /// <summary>
    /// Handle time per resolution, in seconds: handle time of every contact of the finished chains / finished chains.
    /// Next to AHT it shows what a resolution really costs once the repeat contacts are counted.
    /// </summary>
    public double? HandleSecondsPerResolution { get; init; }

    /// <summary>Contacts per resolution: contacts of the finished chains / finished chains (1 = every chain solved first time).</summary>
    public double? ContactsPerResolution { get; init; }

    /// <summary>Mean change of the customer's sentiment from the first to the last quarter of the call, in [-2, 2]; null when none is known.</summary>
    public double? AvgCustomerSentimentChange { get; init; }

    /// <summary>n of <see cref="AvgCustomerSentimentChange"/>: contacts whose customer spoke in both the first and the last quarter.</summary>
    public long SentimentChangeN { get; init; }

    /// <summary>Silence seconds / conversation seconds over contacts with timed transcripts, in 0..1; null when there are none.</summary>
    public double? SilenceShare { get; init; }

    /// <summary>Contacts whose closing turns say resolved.</summary>
    public long ConversationResolved { get; init; }

    /// <summary>Contacts whose closing turns say unresolved.</summary>
    public long ConversationUnresolved { get; init; }

    /// <summary>Contacts whose closing turns say neither.</summary>
    public long ConversationUnknown { get; init; }

    /// <summary>Conversation resolved / (resolved + unresolved), in 0..1: the transcript's view, next to the observed FCR.</summary>
    public double? ConversationResolvedRate { get; init; }

    /// <summary>n of <see cref="ResolutionAgreementRate"/>.</summary>
    public long ResolutionAgreementN { get; init; }

    /// <summary>
    /// Share of contacts with both a conversation verdict and a final repeat outcome where the two agree (resolved and no
    /// repeat, or unresolved and repeated), in 0..1.
    /// </summary>
    public double? ResolutionAgreementRate { get; init; }

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
        ResolvedFirstContact = totals.ResolvedFirstContact,
        Repeated = totals.Repeated,
        RepeatedWindowOpen = totals.RepeatedWindowOpen,
        Pending = totals.Pending,
        Unlinkable = totals.Unlinkable,
        FcrN = totals.ResolvedFirstContact + totals.Repeated,
        FcrRate = Ratio(totals.ResolvedFirstContact, totals.ResolvedFirstContact + totals.Repeated),
        FcrInterval = WilsonInterval.Of(totals.ResolvedFirstContact, totals.ResolvedFirstContact + totals.Repeated),
        RepeatRate = Ratio(totals.Repeated, totals.ResolvedFirstContact + totals.Repeated),
        ResolvedChains = totals.ResolvedChains,
        HandleSecondsPerResolution = Ratio(totals.ResolvedChainHandleSeconds, totals.ResolvedChains),
        ContactsPerResolution = Ratio(totals.ResolvedChainContacts, totals.ResolvedChains),
        AvgCustomerSentimentChange = Ratio(totals.SentimentChangeSum, totals.SentimentChangeCount),
        SentimentChangeN = totals.SentimentChangeCount,
        SilenceShare = totals.TimedConversationSeconds > 0 ? totals.SilenceSeconds / totals.TimedConversationSeconds : null,
        ConversationResolved = totals.ConversationResolved,
        ConversationUnresolved = totals.ConversationUnresolved,
        ConversationUnknown = totals.ConversationUnknown,
        ConversationResolvedRate = Ratio(totals.ConversationResolved, totals.ConversationResolved + totals.ConversationUnresolved),
        ResolutionAgreementN = totals.ResolutionAgreementN,
        ResolutionAgreementRate = Ratio(totals.ResolutionAgreements, totals.ResolutionAgreementN),
    };

    private static double? Ratio(double numerator, long denominator) => denominator == 0 ? null : numerator / denominator;
}
