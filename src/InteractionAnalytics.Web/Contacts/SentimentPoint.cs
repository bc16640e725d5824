namespace InteractionAnalytics.Web.Contacts;

/// <summary>One customer turn on the sentiment chart and where it is drawn.</summary>
/// <param name="Turn">The turn's 0-based index in the conversation.</param>
/// <param name="At">When the turn starts, as the page writes it (m:ss), or "turn n" when the transcript is untimed.</param>
/// <param name="Score">The turn's sentiment, -1..1.</param>
/// <param name="Text">The score as the page writes it: signed, two decimals and a word (+0.45 positive).</param>
/// <param name="X">The x coordinate in the view box, invariant.</param>
/// <param name="Y">The y coordinate in the view box, invariant.</param>
public sealed record SentimentPoint(int Turn, string At, double Score, string Text, string X, string Y);
