using InteractionAnalytics.Core.Metrics;

namespace InteractionAnalytics.Storage.Rows;

/// <summary>The sums one report row is derived from, as SQL returns them.</summary>
internal sealed class TotalsRow
{
    public string? Key { get; init; }
    public string? Team { get; init; }
    public long Contacts { get; init; }
    public long Handled { get; init; }
    public long Abandoned { get; init; }
    public long Transferred { get; init; }
    public double TalkSeconds { get; init; }
    public double HoldSeconds { get; init; }
    public double AcwSeconds { get; init; }
    public long ResolvedFirstContact { get; init; }
    public long Repeated { get; init; }
    public long RepeatedWindowOpen { get; init; }
    public long Pending { get; init; }
    public long Unlinkable { get; init; }
    public double SentimentChangeSum { get; init; }
    public long SentimentChangeCount { get; init; }
    public double SilenceSeconds { get; init; }
    public double TimedConversationSeconds { get; init; }
    public long ConversationResolved { get; init; }
    public long ConversationUnresolved { get; init; }
    public long ConversationUnknown { get; init; }
    public long ResolutionAgreementN { get; init; }
    public long ResolutionAgreements { get; init; }

    public ContactTotals ToTotals() => new()
    {
        Contacts = Contacts,
        Handled = Handled,
        Abandoned = Abandoned,
        Transferred = Transferred,
        TalkSeconds = TalkSeconds,
        HoldSeconds = HoldSeconds,
        AcwSeconds = AcwSeconds,
        ResolvedFirstContact = ResolvedFirstContact,
        Repeated = Repeated,
        RepeatedWindowOpen = RepeatedWindowOpen,
        Pending = Pending,
        Unlinkable = Unlinkable,
        SentimentChangeSum = SentimentChangeSum,
        SentimentChangeCount = SentimentChangeCount,
        SilenceSeconds = SilenceSeconds,
        TimedConversationSeconds = TimedConversationSeconds,
        ConversationResolved = ConversationResolved,
        ConversationUnresolved = ConversationUnresolved,
        ConversationUnknown = ConversationUnknown,
        ResolutionAgreementN = ResolutionAgreementN,
        ResolutionAgreements = ResolutionAgreements,
    };
}
