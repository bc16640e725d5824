namespace InteractionAnalytics.Classification.Data;

/// <summary>One turn of an <see cref="ExampleDialogue"/>.</summary>
/// <param name="Speaker">Who spoke: <c>agent</c>, <c>customer</c>, or <c>action</c> (a system note of an agent action).</param>
/// <param name="Text">What was said, as in the source.</param>
public sealed record DialogueTurn(string Speaker, string Text);
