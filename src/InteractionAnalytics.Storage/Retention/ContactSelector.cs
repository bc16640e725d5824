namespace InteractionAnalytics.Storage.Retention;

/// <summary>Which contacts a deletion removes: given call ids, every contact of given customers, or every contact started before an instant.</summary>
public sealed class ContactSelector
{
    private ContactSelector(ContactSelectorKind kind, IReadOnlyList<string> keys, DateTimeOffset? startedBefore)
    {
        Kind = kind;
        Keys = keys;
        StartedBefore = startedBefore;
    }

    /// <summary>How contacts are picked.</summary>
    public ContactSelectorKind Kind { get; }

    /// <summary>The call ids (<see cref="ContactSelectorKind.Calls"/>) or customer keys (<see cref="ContactSelectorKind.Customers"/>), distinct, in the order given; empty for a purge.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>For <see cref="ContactSelectorKind.StartedBefore"/>: contacts whose start (UTC) is strictly before this instant.</summary>
    public DateTimeOffset? StartedBefore { get; }

    /// <summary>The contacts with these call ids (compared exactly, as stored).</summary>
    /// <exception cref="ArgumentException">No call id, or a blank one.</exception>
    public static ContactSelector Calls(IEnumerable<string> callIds) => new(ContactSelectorKind.Calls, Distinct(callIds, nameof(callIds)), null);

    /// <summary>Every contact whose <c>customer_id</c> is one of these keys (compared exactly, as stored).</summary>
    /// <exception cref="ArgumentException">No key, or a blank one.</exception>
    public static ContactSelector Customers(IEnumerable<string> customerKeys) =>
        new(ContactSelectorKind.Customers, Distinct(customerKeys, nameof(customerKeys)), null);

    /// <summary>Every contact that started strictly before <paramref name="cutoff"/>, and the rejects of ingest runs started before it.</summary>
    public static ContactSelector Before(DateTimeOffset cutoff) => new(ContactSelectorKind.StartedBefore, [], cutoff);

    /// <summary>
    /// The selector as the audit log keeps it, without the keys themselves: a deletion for privacy must not keep the
    /// identifiers it removed. E.g. <c>calls</c>, <c>customers</c>, <c>started_before 2025-10-20T00:00:00.000Z</c>.
    /// </summary>
    public string AuditKey => Kind switch
    {
        ContactSelectorKind.Calls => "calls",
        ContactSelectorKind.Customers => "customers",
        _ => "started_before " + StorageFormat.UtcTimestamp(StartedBefore!.Value),
    };

    private static string[] Distinct(IEnumerable<string> keys, string name)
    {
        ArgumentNullException.ThrowIfNull(keys, name);
        var list = keys.Select(k => k?.Trim() ?? string.Empty).ToList();
        if (list.Count == 0 || list.Any(k => k.Length == 0))
        {
            throw new ArgumentException("Give at least one key, none blank.", name);
        }

        return [.. list.Distinct(StringComparer.Ordinal)];
    }
}
