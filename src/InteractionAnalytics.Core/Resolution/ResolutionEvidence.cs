using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Resolution;

/// <summary>One phrase-rule hit in the closing turns and what it added to its outcome's score.</summary>
/// <param name="TurnIndex">Zero-based index of the turn in the whole conversation given to <see cref="ResolutionDetector.Detect"/>.</param>
/// <param name="Speaker">Who said the turn.</param>
/// <param name="RuleId">The rule that matched.</param>
/// <param name="Outcome">The outcome the rule is evidence for: <see cref="ResolutionOutcome.Resolved"/> or <see cref="ResolutionOutcome.Unresolved"/>.</param>
/// <param name="Start">Offset of the first matched character in the turn's text (UTF-16 code units, inclusive).</param>
/// <param name="End">Offset just past the last matched character (exclusive); greater than <paramref name="Start"/>.</param>
/// <param name="Text">The matched text, exactly <c>turn.Text[Start..End]</c>.</param>
/// <param name="RuleWeight">The rule's weight, greater than 0 (at most 10).</param>
/// <param name="PositionWeight">
/// <see cref="ResolutionOptions.Decay"/> raised to the turn's distance from the last turn, in (0, 1]; 1 for the last turn.
/// </param>
/// <param name="Counted">
/// Whether the hit counts: per turn and outcome only the strongest hit counts (the first of equals), so a phrase two
/// rules both match, or one said twice in a turn, is not counted twice.
/// </param>
public sealed record ResolutionEvidence(
    int TurnIndex,
    Speaker Speaker,
    string RuleId,
    ResolutionOutcome Outcome,
    int Start,
    int End,
    string Text,
    double RuleWeight,
    double PositionWeight,
    bool Counted)
{
    /// <summary>What the hit added to its outcome's score: <see cref="RuleWeight"/> × <see cref="PositionWeight"/> when counted, else 0.</summary>
    public double Contribution => Counted ? RuleWeight * PositionWeight : 0;
}
