namespace InteractionAnalytics.Storage.Qa;

/// <summary>One agent's submitted evaluations, rolled up.</summary>
/// <param name="AgentId">The agent (the contacts' agent when each evaluation started).</param>
/// <param name="Submitted">Submitted evaluations.</param>
/// <param name="Scored">Those with a score (not every answer N/A): the mean's sample.</param>
/// <param name="MeanScore">Mean final score over <paramref name="Scored"/>, 0..1 (critical fails count as 0);
/// <see langword="null"/> when none is scored.</param>
/// <param name="CriticalFails">Submitted evaluations with a critical question answered "no".</param>
/// <param name="LastSubmittedAt">The latest submission.</param>
public sealed record QaAgentRollup(string AgentId, long Submitted, long Scored, double? MeanScore, long CriticalFails, DateTimeOffset LastSubmittedAt);
