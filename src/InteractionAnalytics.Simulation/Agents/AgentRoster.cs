using System.Globalization;
using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Agents;

/// <summary>The agents of a run, their teams and styles, and who is on duty each day.</summary>
internal sealed class AgentRoster
{
    private static readonly string[] TeamNames = ["North", "South", "East", "West"];

    // A roster too small for every style keeps the steady majority and the two extremes the tests compare.
    private static readonly AgentStyle[] SmallRosterStyles = [AgentStyle.Steady, AgentStyle.Fast, AgentStyle.Thorough];

    private readonly Agent[] _agents;

    private AgentRoster(Agent[] agents) => _agents = agents;

    /// <summary>Number of agents on the roster.</summary>
    public int Count => _agents.Length;

    /// <summary>
    /// Builds a roster of <paramref name="count"/> agents in 3 teams (4 from 12 agents up). About 15% are fast, 15% thorough
    /// and 12% new hires (at least one of each from 4 agents up); the rest are steady. Styles are shuffled over the ids so
    /// that the id says nothing about the style.
    /// </summary>
    public static AgentRoster Create(int count, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var styles = new List<AgentStyle>(count);
        if (count < 4)
        {
            styles.AddRange(SmallRosterStyles.Take(count));
        }
        else
        {
            styles.AddRange(Enumerable.Repeat(AgentStyle.Fast, Share(count, 0.15)));
            styles.AddRange(Enumerable.Repeat(AgentStyle.Thorough, Share(count, 0.15)));
            styles.AddRange(Enumerable.Repeat(AgentStyle.NewHire, Share(count, 0.12)));
            styles.AddRange(Enumerable.Repeat(AgentStyle.Steady, count - styles.Count));
        }

        for (var i = styles.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (styles[i], styles[j]) = (styles[j], styles[i]);
        }

        var teams = count >= 12 ? 4 : Math.Min(3, count);
        var agents = new Agent[count];
        for (var i = 0; i < count; i++)
        {
            agents[i] = new Agent(
                "A" + (i + 1).ToString("D4", CultureInfo.InvariantCulture),
                NameBank.AgentFirstName(i),
                TeamNames[i % teams],
                AgentStyleCatalog.For(styles[i]));
        }

        return new AgentRoster(agents);
    }

    /// <summary>
    /// The <paramref name="count"/> agents on duty on day <paramref name="dayIndex"/>: a window that rotates through the roster
    /// from day to day, so that quiet days are not always worked by the same people.
    /// </summary>
    public IReadOnlyList<Agent> OnDuty(int dayIndex, int count)
    {
        var first = (int)((long)dayIndex * count % _agents.Length);
        var onDuty = new Agent[count];
        for (var i = 0; i < count; i++)
        {
            onDuty[i] = _agents[(first + i) % _agents.Length];
        }

        return onDuty;
    }

    private static int Share(int count, double share) => Math.Max(1, (int)Math.Round(count * share));
}
