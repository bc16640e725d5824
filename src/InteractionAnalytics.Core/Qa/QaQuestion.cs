namespace InteractionAnalytics.Core.Qa;

/// <summary>One question of a <see cref="QaForm"/>. Created by <see cref="QaForm.Parse"/>, which validates it.</summary>
/// <param name="Id">Unique within the whole form (answers are stored by it), e.g. <c>verify_identity</c>.</param>
/// <param name="Text">The question as the analyst reads it.</param>
/// <param name="Weight">The points a "yes" earns; greater than 0.</param>
/// <param name="Critical">A "no" fails the whole evaluation (score 0), whatever the other answers.</param>
/// <param name="AllowNotApplicable">Whether "N/A" may be answered.</param>
/// <param name="Auto">The automatic item that pre-fills the answer from the transcript; <see langword="null"/> for none.</param>
public sealed record QaQuestion(string Id, string Text, double Weight, bool Critical, bool AllowNotApplicable, QaAutoKind? Auto);
