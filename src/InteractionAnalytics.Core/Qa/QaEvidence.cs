namespace InteractionAnalytics.Core.Qa;

/// <summary>Where an automatic answer was found: one phrase in one turn.</summary>
/// <param name="RuleId">The QA cue rule that matched, e.g. <c>closing.anything_else</c>.</param>
/// <param name="TurnIndex">0-based index of the turn in the whole transcript (every speaker's turns counted).</param>
/// <param name="Start">Offset of the phrase's first character in the turn's text (UTF-16, inclusive).</param>
/// <param name="End">Offset just past the phrase (exclusive).</param>
/// <param name="Text">The phrase, exactly <c>turn.Text[Start..End]</c>.</param>
public sealed record QaEvidence(string RuleId, int TurnIndex, int Start, int End, string Text);
