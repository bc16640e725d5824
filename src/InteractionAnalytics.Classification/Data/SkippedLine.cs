namespace InteractionAnalytics.Classification.Data;

/// <summary>A line of a public data file that was not turned into a <see cref="LabeledUtterance"/>, and why.</summary>
/// <param name="Source">The data set (<see cref="DataSourceNames"/>).</param>
/// <param name="Split">The split the line would have gone to.</param>
/// <param name="File">The file, as a path under the data root passed to <see cref="PublicDataSet.Load"/>.</param>
/// <param name="LineNumber">
/// The 1-based physical line the record starts on (for <c>data_full.json</c>, the line of the item's opening <c>[</c>).
/// </param>
/// <param name="Reason">
/// Why it was skipped, e.g. <c>expected 6 tab-separated columns, found 4</c>, <c>unmapped label 'x'</c>,
/// <c>empty utterance</c>.
/// </param>
public sealed record SkippedLine(string Source, TrainingSplit Split, string File, int LineNumber, string Reason);
