namespace InteractionAnalytics.Core.Resolution;

/// <summary>The resolution a conversation's closing turns show, with the evidence (docs/resolution.md).</summary>
/// <param name="Outcome">Resolved, unresolved, or unknown when neither has enough evidence.</param>
/// <param name="Confidence">
/// From 0 to 1. For resolved or unresolved: the logistic of the winning score minus the losing one,
/// <c>1 / (1 + e^−(win − lose))</c>, the probability of the outcome over the other when rule weights are read as log-odds;
/// more than 0.5. For unknown: 0.
/// </param>
/// <param name="ResolvedScore">The sum of the counted resolved hits' contributions; 0 or more.</param>
/// <param name="UnresolvedScore">The sum of the counted unresolved hits' contributions; 0 or more.</param>
/// <param name="FirstClosingTurn">Index of the first turn read; the closing turns are this one to the last. 0 with no turns.</param>
/// <param name="Evidence">Every hit in the closing turns, in turn order, then by start, end and rule id; counted or not.</param>
public sealed record ResolutionResult(
    ResolutionOutcome Outcome,
    double Confidence,
    double ResolvedScore,
    double UnresolvedScore,
    int FirstClosingTurn,
    IReadOnlyList<ResolutionEvidence> Evidence);
