namespace InteractionAnalytics.Classification.Data;

/// <summary>One row of a label map (<c>label-maps/*.tsv</c>): a source data set's label and what it means in our taxonomy.</summary>
/// <param name="SourceLabel">The label as the source data set spells it (case-sensitive); <c>*</c> for a wildcard row.</param>
/// <param name="Intent">
/// The taxonomy intent id (e.g. <c>billing_dispute</c>), or <see langword="null"/> when the label is not a contact reason
/// (greetings, confirmations, content-only turns); the TSV cell is empty then.
/// </param>
/// <param name="RootCauseHint">
/// The root cause the label usually implies (e.g. <c>billing</c>): weak supervision only; <see langword="null"/> when the
/// cell is empty.
/// </param>
public sealed record LabelMapping(string SourceLabel, string? Intent, string? RootCauseHint);
