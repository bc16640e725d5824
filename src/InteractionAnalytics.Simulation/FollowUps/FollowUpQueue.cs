namespace InteractionAnalytics.Simulation.FollowUps;

/// <summary>
/// Scheduled follow-ups ordered by due time (then by scheduling order, so ties are deterministic). Nothing is due more
/// than 30 days after the contact that scheduled it, so the queue holds at most about a month of follow-ups, whatever
/// the run's length.
/// </summary>
internal sealed class FollowUpQueue
{
    /// <summary>
    /// A follow-up that finds no arrival slot within this many seconds (two days) of its due time is dropped: the customer
    /// gave up. Only a day with far fewer arrivals than due follow-ups gets there.
    /// </summary>
    public const long MaxOverdueSeconds = 2 * 86_400;

    private readonly PriorityQueue<PendingContact, (long Due, long Order)> _queue = new();
    private long _order;

    /// <summary>Schedules <paramref name="contact"/>.</summary>
    public void Add(PendingContact contact) => _queue.Enqueue(contact, (contact.DueSecond, _order++));

    /// <summary>Removes and returns the earliest follow-up due at or before <paramref name="now"/>, if any.</summary>
    public PendingContact? TakeDue(long now)
    {
        while (_queue.TryPeek(out var next, out var priority) && priority.Due <= now)
        {
            _queue.Dequeue();
            if (now - priority.Due <= MaxOverdueSeconds)
            {
                return next;
            }
        }

        return null;
    }
}
