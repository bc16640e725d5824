namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>
/// One match of a <see cref="PhraseRule"/> in one turn: evidence for <paramref name="RootCause"/>.
/// </summary>
/// <param name="RuleId">The <see cref="PhraseRule.Id"/> that matched.</param>
/// <param name="RootCause">The root-cause id the hit is evidence for.</param>
/// <param name="Weight">Log-odds the hit adds to the root cause's score (the rule's <see cref="PhraseRule.Weight"/>).</param>
/// <param name="TurnIndex">Zero-based index of the turn in the list given to <see cref="PhraseRuleSet.Match(IReadOnlyList{Transcripts.Turn}, List{PhraseRuleHit})"/>.</param>
/// <param name="Start">Offset of the first matched character in that turn's text (UTF-16 code units, inclusive).</param>
/// <param name="End">Offset just past the last matched character (exclusive); always greater than <paramref name="Start"/>.</param>
/// <param name="Text">The matched text, exactly <c>turn.Text[Start..End]</c>.</param>
public readonly record struct PhraseRuleHit(
    string RuleId, string RootCause, double Weight, int TurnIndex, int Start, int End, string Text)
{
    /// <summary>The number of matched characters, <see cref="End"/> − <see cref="Start"/>.</summary>
    public int Length => End - Start;
}
