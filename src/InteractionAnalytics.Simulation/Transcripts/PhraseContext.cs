namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>The facts of one call that fill a phrase's placeholders (<see cref="PhraseRenderer"/>).</summary>
/// <param name="AgentName">The agent's first name (<c>{agent}</c>).</param>
/// <param name="CustomerFirstName">The customer's first name (<c>{first}</c>).</param>
/// <param name="CustomerFullName">The customer's full name (<c>{name}</c>).</param>
/// <param name="LastFour">The last four account digits (<c>{last4}</c>).</param>
/// <param name="Topic">The intent's topic (<c>{topic}</c>).</param>
/// <param name="Queue">The queue, as spoken (<c>{queue}</c>).</param>
/// <param name="Department">Where a transfer goes (<c>{dept}</c>).</param>
/// <param name="When">When the earlier contact was, e.g. "yesterday" (<c>{when}</c>); "last week" for fresh contacts.</param>
/// <param name="PriorAgent">The earlier contact's agent (<c>{prior_agent}</c>); "someone" when unknown.</param>
/// <param name="DayPart">"morning", "afternoon" or "evening" (<c>{daypart}</c>).</param>
/// <param name="Depth">The contact's position in its chain; <c>{nth}</c> says it as "second", "third", ….</param>
internal sealed record PhraseContext(
    string AgentName,
    string CustomerFirstName,
    string CustomerFullName,
    string LastFour,
    string Topic,
    string Queue,
    string Department,
    string When,
    string PriorAgent,
    string DayPart,
    int Depth);
