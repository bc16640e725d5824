namespace InteractionAnalytics.Classification.Data;

/// <summary>A full agent/customer dialogue from ABCD, for smoke tests of conversation scoring (not for training).</summary>
/// <param name="Id">The ABCD <c>convo_id</c>, as text.</param>
/// <param name="Flow">The ground-truth flow (ABCD's coarse intent), e.g. <c>product_defect</c>.</param>
/// <param name="Subflow">The ground-truth subflow (ABCD's fine intent), e.g. <c>return_size</c>.</param>
/// <param name="Turns">The original (not delexicalised) turns in order.</param>
public sealed record ExampleDialogue(string Id, string Flow, string Subflow, IReadOnlyList<DialogueTurn> Turns);
