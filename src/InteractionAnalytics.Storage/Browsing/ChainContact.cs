namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One contact of a customer's contact chain (<c>contact_outcomes.chain_id</c>, docs/metrics.md).</summary>
/// <param name="CallId">The contact.</param>
/// <param name="StartedAt">When it started, in the export's offset.</param>
/// <param name="AgentId">Who handled it; decides whether an agent may open it.</param>
/// <param name="Position">Its 1-based position in the chain.</param>
/// <param name="Outcome">Its repeat outcome (<c>repeated</c> when the next contact of the chain repeats it).</param>
public sealed record ChainContact(string CallId, DateTimeOffset StartedAt, string? AgentId, int Position, string Outcome);
