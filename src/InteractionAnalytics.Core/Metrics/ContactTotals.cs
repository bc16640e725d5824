using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Outcomes;

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
    };

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
