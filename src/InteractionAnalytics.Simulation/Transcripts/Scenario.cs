namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// One concrete need within an intent ("set up autopay" within payment), so that the reason, the middle of the call and
/// the resolution tell one story. Texts may hold placeholders (<see cref="PhraseRenderer"/>).
/// </summary>
/// <param name="Reasons">Ways the customer states the need.</param>
/// <param name="Steps">Agent / customer exchanges about it, in the order they would happen.</param>
/// <param name="Resolutions">Ways the agent says it is done.</param>
internal sealed record Scenario(
    IReadOnlyList<string> Reasons,
    IReadOnlyList<(string Agent, string Customer)> Steps,
    IReadOnlyList<string> Resolutions);
