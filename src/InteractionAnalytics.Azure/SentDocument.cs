namespace InteractionAnalytics.Azure;

/// <summary>One document of a request: a whole text or one piece of a long text.</summary>
/// <param name="Id">The request <c>id</c>, unique within one <c>ScoreAsync</c> call.</param>
/// <param name="TextIndex">The 0-based position, in the caller's list, of the text this document came from.</param>
/// <param name="Text">The document text, 1 to <c>MaxCharactersPerDocument</c> UTF-16 code units.</param>
internal readonly record struct SentDocument(string Id, int TextIndex, string Text);
