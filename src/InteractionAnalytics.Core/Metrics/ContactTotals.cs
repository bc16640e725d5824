using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Resolution;

namespace InteractionAnalytics.Core.Metrics;

/// <summary>
/// Additive sums over a set of contacts, from which every handle-time metric is derived by
/// <see cref="ContactMetrics.From"/>. Durations are seconds summed over <em>handled</em> contacts only.
/// Storage computes the same sums in SQL; this type is the reference definition.
/// </summary>
public readonly record struct ContactTotals
{
    /// <summary>All contacts offered (handled + abandoned).</summary>
    public long Contacts { get; init; }

    /// <summary>Contacts an agent answered (not abandoned).</summary>
    public long Handled { get; init; }

    /// <summary>Contacts the customer left before an agent answered.</summary>
    public long Abandoned { get; init; }

    /// <summary>Handled contacts with at least one transfer.</summary>
    public long Transferred { get; init; }

    /// <summary>Talk seconds summed over handled contacts.</summary>
    public double TalkSeconds { get; init; }

    /// <summary>Hold seconds summed over handled contacts.</summary>
    public double HoldSeconds { get; init; }

    /// <summary>After-call work seconds summed over handled contacts.</summary>
    public double AcwSeconds { get; init; }

    /// <summary>Handle seconds (talk + hold + after-call work) summed over handled contacts.</summary>
    public double HandleSeconds => TalkSeconds + HoldSeconds + AcwSeconds;

    /// <summary>Contacts whose outcome is <see cref="RepeatOutcome.ResolvedFirstContact"/>.</summary>
    public long ResolvedFirstContact { get; init; }

    /// <summary>Contacts whose outcome is <see cref="RepeatOutcome.Repeated"/> and whose window has elapsed (they enter the FCR rate).</summary>
    public long Repeated { get; init; }

    /// <summary>Contacts already repeated whose window has not yet elapsed: outside the FCR rate until it has (see <see cref="ContactOutcome.WindowElapsed"/>).</summary>
    public long RepeatedWindowOpen { get; init; }

    /// <summary>Contacts whose outcome is <see cref="RepeatOutcome.Pending"/> (window not yet elapsed).</summary>
    public long Pending { get; init; }

    /// <summary>Contacts whose outcome is <see cref="RepeatOutcome.Unlinkable"/> (no customer key).</summary>
    public long Unlinkable { get; init; }

    /// <summary>Finished contact chains (the last contact resolved, none pending), counted at their first contact.</summary>
    public long ResolvedChains { get; init; }

    /// <summary>Contacts in the finished chains, all of them, wherever the repeats fall.</summary>
    public long ResolvedChainContacts { get; init; }

    /// <summary>Handle seconds of every contact of the finished chains.</summary>
    public double ResolvedChainHandleSeconds { get; init; }

    /// <summary>Sum of the customer's sentiment change (end − start, each in [-2, 2]) over contacts where it is known.</summary>
    public double SentimentChangeSum { get; init; }

    /// <summary>Contacts with a known customer sentiment change.</summary>
    public long SentimentChangeCount { get; init; }

    /// <summary>Silence seconds summed over contacts with timed transcripts.</summary>
    public double SilenceSeconds { get; init; }

    /// <summary>Conversation seconds (first turn start to last turn end) summed over the same contacts.</summary>
    public double TimedConversationSeconds { get; init; }

    /// <summary>Contacts whose closing turns say resolved.</summary>
    public long ConversationResolved { get; init; }

    /// <summary>Contacts whose closing turns say unresolved.</summary>
    public long ConversationUnresolved { get; init; }

    /// <summary>Contacts whose closing turns say neither (unknown).</summary>
    public long ConversationUnknown { get; init; }

    /// <summary>Contacts with both a conversation verdict (resolved or unresolved) and a final repeat outcome (window elapsed).</summary>
    public long ResolutionAgreementN { get; init; }

    /// <summary>Of those, the contacts where the two agree: resolved and no repeat, or unresolved and repeated.</summary>
    public long ResolutionAgreements { get; init; }

    /// <summary>The sum of these totals and <paramref name="other"/>: every field is additive.</summary>
    public ContactTotals Plus(ContactTotals other) => new()
    {
        Contacts = Contacts + other.Contacts,
        Handled = Handled + other.Handled,
        Abandoned = Abandoned + other.Abandoned,
        Transferred = Transferred + other.Transferred,
        TalkSeconds = TalkSeconds + other.TalkSeconds,
        HoldSeconds = HoldSeconds + other.HoldSeconds,
        AcwSeconds = AcwSeconds + other.AcwSeconds,
        ResolvedFirstContact = ResolvedFirstContact + other.ResolvedFirstContact,
        Repeated = Repeated + other.Repeated,
        RepeatedWindowOpen = RepeatedWindowOpen + other.RepeatedWindowOpen,
        Pending = Pending + other.Pending,
        Unlinkable = Unlinkable + other.Unlinkable,
        ResolvedChains = ResolvedChains + other.ResolvedChains,
        ResolvedChainContacts = ResolvedChainContacts + other.ResolvedChainContacts,
        ResolvedChainHandleSeconds = ResolvedChainHandleSeconds + other.ResolvedChainHandleSeconds,
        SentimentChangeSum = SentimentChangeSum + other.SentimentChangeSum,
        SentimentChangeCount = SentimentChangeCount + other.SentimentChangeCount,
        SilenceSeconds = SilenceSeconds + other.SilenceSeconds,
        TimedConversationSeconds = TimedConversationSeconds + other.TimedConversationSeconds,
        ConversationResolved = ConversationResolved + other.ConversationResolved,
        ConversationUnresolved = ConversationUnresolved + other.ConversationUnresolved,
        ConversationUnknown = ConversationUnknown + other.ConversationUnknown,
        ResolutionAgreementN = ResolutionAgreementN + other.ResolutionAgreementN,
        ResolutionAgreements = ResolutionAgreements + other.ResolutionAgreements,
    };

    /// <summary>
    /// These totals with one more contact's conversation measures; <paramref name="outcome"/> (its repeat outcome, when
    /// linked) decides whether the conversation's verdict can be compared with what the customer did.
    /// </summary>
    public ContactTotals AddMeasures(ConversationMeasures measures, ContactOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var change = measures.Sentiment.Change;
        var d = measures.Dynamics;
        var timed = d.SilenceSeconds is not null && d.ConversationSeconds is not null;
        var verdict = measures.Resolution.Outcome;
        var observed = outcome switch
        {
            { Outcome: RepeatOutcome.ResolvedFirstContact } => (bool?)true,
            { Outcome: RepeatOutcome.Repeated, WindowElapsed: true } => false,
            _ => null,
        };
        var comparable = verdict != ResolutionOutcome.Unknown && observed is not null;
        return this with
        {
            SentimentChangeSum = SentimentChangeSum + (change ?? 0),
            SentimentChangeCount = SentimentChangeCount + (change is null ? 0 : 1),
            SilenceSeconds = SilenceSeconds + (timed ? d.SilenceSeconds!.Value : 0),
            TimedConversationSeconds = TimedConversationSeconds + (timed ? d.ConversationSeconds!.Value : 0),
            ConversationResolved = ConversationResolved + (verdict == ResolutionOutcome.Resolved ? 1 : 0),
            ConversationUnresolved = ConversationUnresolved + (verdict == ResolutionOutcome.Unresolved ? 1 : 0),
            ConversationUnknown = ConversationUnknown + (verdict == ResolutionOutcome.Unknown ? 1 : 0),
            ResolutionAgreementN = ResolutionAgreementN + (comparable ? 1 : 0),
            ResolutionAgreements = ResolutionAgreements + (comparable && (verdict == ResolutionOutcome.Resolved) == observed ? 1 : 0),
        };
    }

    /// <summary>These totals with one more contact of outcome <paramref name="outcome"/>.</summary>
    public ContactTotals AddOutcome(ContactOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Outcome == RepeatOutcome.Repeated && !outcome.WindowElapsed
            ? this with { RepeatedWindowOpen = RepeatedWindowOpen + 1 }
            : AddOutcome(outcome.Outcome);
    }

    /// <summary>These totals with one more contact of outcome <paramref name="outcome"/>, its window elapsed.</summary>
    public ContactTotals AddOutcome(RepeatOutcome outcome) => outcome switch
    {
        RepeatOutcome.ResolvedFirstContact => this with { ResolvedFirstContact = ResolvedFirstContact + 1 },
        RepeatOutcome.Repeated => this with { Repeated = Repeated + 1 },
        RepeatOutcome.Pending => this with { Pending = Pending + 1 },
        RepeatOutcome.Unlinkable => this with { Unlinkable = Unlinkable + 1 },
        _ => this,
    };

    /// <summary>These totals with one more finished chain of <paramref name="contacts"/> contacts and <paramref name="handleSeconds"/>.</summary>
    public ContactTotals AddResolvedChain(long contacts, double handleSeconds) => this with
    {
        ResolvedChains = ResolvedChains + 1,
        ResolvedChainContacts = ResolvedChainContacts + contacts,
        ResolvedChainHandleSeconds = ResolvedChainHandleSeconds + handleSeconds,
    };

    /// <summary>These totals with <paramref name="contact"/> added.</summary>
    public ContactTotals Add(ContactRecord contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Abandoned)
        {
            return this with { Contacts = Contacts + 1, Abandoned = Abandoned + 1 };
        }

        return this with
        {
            Contacts = Contacts + 1,
            Handled = Handled + 1,
            Transferred = Transferred + (contact.TransferCount > 0 ? 1 : 0),
            TalkSeconds = TalkSeconds + contact.TalkSeconds,
            HoldSeconds = HoldSeconds + contact.HoldSeconds,
            AcwSeconds = AcwSeconds + contact.AcwSeconds,
        };
    }

    /// <summary>The totals of <paramref name="contacts"/>.</summary>
    public static ContactTotals Of(IEnumerable<ContactRecord> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var totals = default(ContactTotals);
        foreach (var contact in contacts)
        {
            totals = totals.Add(contact);
        }

        return totals;
    }
}
