namespace InteractionAnalytics.Simulation.Agents;

/// <summary>
/// The ACD's view of the agents on duty: when each becomes free. Calls go to the longest-idle agent (the one free
/// earliest), and an agent takes one contact at a time, so queue waits come from real contention at peaks rather than
/// from a formula. Memory is one entry per agent on duty.
/// </summary>
internal sealed class AgentDesk
{
    private readonly PriorityQueue<Agent, (long FreeAt, long Order)> _agents = new();
    private long _order;

    /// <summary>The second at which the next agent is free; only valid after <see cref="StartDay"/>.</summary>
    public long EarliestFree
    {
        get
        {
            _agents.TryPeek(out _, out var priority);
            return priority.FreeAt;
        }
    }

    /// <summary>
    /// Puts <paramref name="onDuty"/> at their desks, all free from <paramref name="opening"/>; yesterday's state is dropped.
    /// </summary>
    public void StartDay(IReadOnlyList<Agent> onDuty, long opening)
    {
        _agents.Clear();
        foreach (var agent in onDuty)
        {
            _agents.Enqueue(agent, (opening, _order++));
        }
    }

    /// <summary>Takes the longest-idle agent; give them back with <see cref="Release"/>.</summary>
    public Agent Take() => _agents.Dequeue();

    /// <summary>Returns <paramref name="agent"/>, free again at second <paramref name="freeAt"/> (after wrap-up).</summary>
    public void Release(Agent agent, long freeAt) => _agents.Enqueue(agent, (freeAt, _order++));
}
