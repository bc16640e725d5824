namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>Evidence of one root cause: what the customer and the agent say that shows who owns the failure.</summary>
/// <param name="Customer">Evidence in the customer's words.</param>
/// <param name="Agent">Evidence in the agent's words.</param>
internal sealed record RootCausePhrases(IReadOnlyList<string> Customer, IReadOnlyList<string> Agent);
