namespace InteractionAnalytics.Core.Qa;

/// <summary>One section of a <see cref="QaForm"/>: a titled group of questions, at least one.</summary>
/// <param name="Id">Unique within the form, e.g. <c>opening</c>.</param>
/// <param name="Title">What the page shows as the section's heading.</param>
/// <param name="Questions">The questions, in form order.</param>
public sealed record QaSection(string Id, string Title, IReadOnlyList<QaQuestion> Questions);
