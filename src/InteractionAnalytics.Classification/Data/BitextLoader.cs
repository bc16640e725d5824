namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// Reads the Bitext sample: the folder's single <c>*.csv</c> (CSV with a byte-order mark,
/// <c>flags,utterance,category,intent</c>), labelled by its <c>intent</c> column. Every row is
/// <see cref="TrainingSplit.Train"/>: the set is synthetic, for augmentation only, never for evaluation.
/// </summary>
internal static class BitextLoader
{
    public static void Load(string folder, LabelMap map, DataSetBuilder builder)
    {
        var files = Directory.GetFiles(folder, "*.csv");
        if (files.Length != 1)
        {
            throw new TrainingDataException(folder, null, $"expected exactly one .csv file in the Bitext folder, found {files.Length}");
        }

        CsvUtteranceReader.Read(files[0], DataSourceNames.Bitext, TrainingSplit.Train, "utterance", "intent", map, builder);
    }
}
