namespace InteractionAnalytics.Classification.Data;

/// <summary>Collects the rows, conversations and skipped lines of one <see cref="PublicDataSet.Load"/> in load order.</summary>
internal sealed class DataSetBuilder(string dataRoot)
{
    public List<LabeledUtterance> Utterances { get; } = [];

    public List<LabeledConversation> Conversations { get; } = [];

    public List<SkippedLine> Skipped { get; } = [];

    /// <summary>An empty builder over the same data root, for rows that are collected apart and appended later.</summary>
    public DataSetBuilder NewPart() => new(dataRoot);

    public static string UnmappedReason(string label) => $"unmapped label '{label}'";

    /// <summary>Records a skipped line; <paramref name="path"/> is stored relative to the data root.</summary>
    public void Skip(string source, TrainingSplit split, string path, int lineNumber, string reason) =>
        Skipped.Add(new SkippedLine(source, split, Path.GetRelativePath(dataRoot, path), lineNumber, reason));
}
