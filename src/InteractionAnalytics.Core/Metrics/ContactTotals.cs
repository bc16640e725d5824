using InteractionAnalytics.Core.Contacts;

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
