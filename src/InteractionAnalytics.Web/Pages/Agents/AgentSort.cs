namespace InteractionAnalytics.Web.Pages.Agents;

/// <summary>The orders of the agents list, by the <c>sort</c> query value.</summary>
public static class AgentSort
{
    /// <summary>By agent id (the default).</summary>
    public const string Agent = "agent";

    /// <summary>By team, then agent id.</summary>
    public const string Team = "team";

    /// <summary>Most handled contacts first.</summary>
    public const string Handled = "handled";

    /// <summary>Lowest AHT relative to the team first (agent − team); withheld last.</summary>
    public const string Aht = "aht";

    /// <summary>Lowest FCR relative to the team first (agent − team); withheld last.</summary>
    public const string Fcr = "fcr";

    /// <summary>Highest share of contacts whose root cause is the agent first; withheld last.</summary>
    public const string AgentRootCause = "root";

    /// <summary>Every order, as the column headers offer them.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, Team, Handled, Aht, Fcr, AgentRootCause];
}
