namespace InteractionAnalytics.Storage.Browsing;

/// <summary>The values a contact list can be filtered by, each sorted ordinally.</summary>
/// <param name="Agents">Agent ids of the visible contacts.</param>
/// <param name="Teams">Teams of the visible contacts.</param>
/// <param name="Queues">Queues of the visible contacts.</param>
/// <param name="Intents">Every intent the model gave or a supervisor chose.</param>
/// <param name="RootCauses">Every root cause the model gave or a supervisor chose.</param>
public sealed record ContactFilterValues(
    IReadOnlyList<string> Agents, IReadOnlyList<string> Teams, IReadOnlyList<string> Queues, IReadOnlyList<string> Intents, IReadOnlyList<string> RootCauses);
