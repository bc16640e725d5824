namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>What is said about one intent.</summary>
/// <param name="Topic">A short noun phrase for the need, used as "your {topic}" (e.g. <c>refund</c>).</param>
/// <param name="Department">The team a transfer goes to (e.g. <c>billing disputes</c>).</param>
/// <param name="Scenarios">The concrete needs of the intent; a contact is about one of them, and so are its follow-ups.</param>
internal sealed record IntentPhrases(string Topic, string Department, IReadOnlyList<Scenario> Scenarios);
