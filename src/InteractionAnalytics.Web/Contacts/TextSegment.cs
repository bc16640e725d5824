namespace InteractionAnalytics.Web.Contacts;

/// <summary>A piece of a transcript turn's text: shown as it is, or highlighted as evidence. The page encodes it either way.</summary>
/// <param name="Text">The characters, as stored (never markup).</param>
/// <param name="Highlighted">Whether the piece is evidence for a label.</param>
public sealed record TextSegment(string Text, bool Highlighted);
