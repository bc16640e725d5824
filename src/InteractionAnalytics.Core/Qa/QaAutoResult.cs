namespace InteractionAnalytics.Core.Qa;

/// <summary>An automatic item's answer from the transcript: "yes" with the first phrase found in its window, or "no" (not found).</summary>
/// <param name="Kind">The item.</param>
/// <param name="Evidence">The first phrase found (earliest turn, then earliest in the turn); <see langword="null"/> when none was.</param>
public sealed record QaAutoResult(QaAutoKind Kind, QaEvidence? Evidence)
{
    /// <summary>Whether the item was found: <see cref="QaAnswer.Yes"/> when it was, else <see cref="QaAnswer.No"/>.</summary>
    public QaAnswer Answer => Evidence is null ? QaAnswer.No : QaAnswer.Yes;
}
