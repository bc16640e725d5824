namespace InteractionAnalytics.Classification.Data;

/// <summary>How many rows one source contributed to one split of a <see cref="PublicDataSet"/>.</summary>
/// <param name="Source">The data set (<see cref="DataSourceNames"/>).</param>
/// <param name="Split">The split.</param>
/// <param name="Utterances">Loaded <see cref="LabeledUtterance"/>s.</param>
/// <param name="Conversations">Loaded <see cref="LabeledConversation"/>s (MultiDoGO only; 0 for other sources).</param>
/// <param name="Skipped">Lines recorded in <see cref="PublicDataSet.Skipped"/>.</param>
public sealed record DataSetCount(string Source, TrainingSplit Split, int Utterances, int Conversations, int Skipped);
