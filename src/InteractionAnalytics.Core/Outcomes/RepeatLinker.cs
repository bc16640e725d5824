namespace InteractionAnalytics.Core.Outcomes;

/// <summary>
/// Links each handled contact to the next handled contact of the same customer within the repeat window, decides its
/// outcome (resolved first contact, repeated, pending, unlinkable) and threads contacts into chains: a first contact
/// and its repeats. The definitions are in docs/metrics.md; this is their reference implementation, with no I/O.
/// </summary>
public static class RepeatLinker
{
    /// <summary>
    /// Links <paramref name="contacts"/> (any customers, any order). Every contact gets exactly one outcome, returned in
    /// chronological order (start, then call id).
    /// </summary>
    /// <param name="contacts">Every stored contact of the customers concerned: a customer's history must be complete,
    /// since a repeat of a contact may have arrived on any later night.</param>
    /// <param name="horizon">How far the data goes: a window that ends at or after it has not yet elapsed, so a contact
    /// with no repeat so far is <see cref="RepeatOutcome.Pending"/>. Ingest uses the latest contact start stored.</param>
    /// <param name="options">The window and whether intents must match.</param>
    public static IReadOnlyList<ContactOutcome> Link(IEnumerable<LinkableContact> contacts, DateTimeOffset horizon, RepeatLinkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var ordered = contacts
            .OrderBy(c => c.StartedAt.UtcDateTime)
            .ThenBy(c => c.CallId, StringComparer.Ordinal)
            .ToList();
        var outcomes = new Dictionary<string, ContactOutcome>(ordered.Count, StringComparer.Ordinal);
        var linkable = new List<LinkableContact>();
        foreach (var contact in ordered)
        {
            if (!contact.IsEligible)
            {
                outcomes[contact.CallId] = new ContactOutcome(contact.CallId, RepeatOutcome.NotApplicable);
            }
            else if (!contact.HasCustomer || (options.SameIntent && string.IsNullOrEmpty(contact.Intent)))
            {
                // Never guessed: without a customer key (or, when intents must match, without an intent) there is no
                // way to know whether a later contact repeats this one.
                outcomes[contact.CallId] = new ContactOutcome(contact.CallId, RepeatOutcome.Unlinkable);
            }
            else
            {
                linkable.Add(contact);
            }
        }

        foreach (var history in linkable.GroupBy(c => c.CustomerId!.Trim(), StringComparer.Ordinal))
        {
            LinkCustomer([.. history], horizon, options, outcomes);
        }

        return [.. ordered.Select(c => outcomes[c.CallId])];
    }

    /// <summary>Links one customer's eligible contacts, already in chronological order.</summary>
    private static void LinkCustomer(
        List<LinkableContact> history, DateTimeOffset horizon, RepeatLinkingOptions options, Dictionary<string, ContactOutcome> outcomes)
    {
        // Chain membership is decided front to back: a contact that no earlier contact claimed as its repeat starts a
        // chain. Each contact is the repeat of at most one earlier contact (its predecessor in the customer's history,
        // or among the customer's contacts of the same intent), so chains never fork or merge.
        var chains = new Dictionary<string, (string ChainId, int Position)>(StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            var contact = history[i];
            if (!chains.TryGetValue(contact.CallId, out var chain))
            {
                chain = (contact.CallId, 1);
                chains[contact.CallId] = chain;
            }

            var next = NextCandidate(history, i, options);
            var windowEnd = contact.EndedAt + options.Window;

            // The window [end, end + W] is closed, so it has elapsed only once the data reaches past its last instant.
            var elapsed = horizon > windowEnd;
            ContactOutcome outcome;
            if (next is not null && next.StartedAt <= windowEnd)
            {
                chains[next.CallId] = (chain.ChainId, chain.Position + 1);
                outcome = new ContactOutcome(
                    contact.CallId, RepeatOutcome.Repeated, next.CallId, (next.StartedAt - contact.EndedAt).TotalSeconds, chain.ChainId, chain.Position, elapsed);
            }
            else
            {
                outcome = new ContactOutcome(
                    contact.CallId,
                    elapsed ? RepeatOutcome.ResolvedFirstContact : RepeatOutcome.Pending,
                    ChainId: chain.ChainId,
                    ChainPosition: chain.Position,
                    WindowElapsed: elapsed);
            }

            outcomes[contact.CallId] = outcome;
        }
    }

    /// <summary>The next contact after <paramref name="index"/> that could repeat it: the next one, or the next of the same intent.</summary>
    private static LinkableContact? NextCandidate(List<LinkableContact> history, int index, RepeatLinkingOptions options)
    {
        var contact = history[index];
        for (var j = index + 1; j < history.Count; j++)
        {
            if (!options.SameIntent || string.Equals(history[j].Intent, contact.Intent, StringComparison.Ordinal))
            {
                return history[j];
            }
        }

        return null;
    }
}
