namespace InteractionAnalytics.Classification.Data;

/// <summary>Reads BANKING77: <c>train.csv</c> and <c>test.csv</c>, CSV <c>text,category</c>.</summary>
internal static class Banking77Loader
{
    public static void Load(string folder, LabelMap map, DataSetBuilder builder)
    {
        foreach (var (file, split) in new[] { ("train.csv", TrainingSplit.Train), ("test.csv", TrainingSplit.Test) })
        {
            CsvUtteranceReader.Read(Path.Combine(folder, file), DataSourceNames.Banking77, split, "text", "category", map, builder);
        }
    }
}
