using System.Collections.ObjectModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// The public training data (<c>../shared/data</c>, see its README) read into typed rows mapped to our taxonomy through
/// <c>label-maps/*.tsv</c>. Immutable once loaded and safe to share between threads.
/// </summary>
/// <remarks>
/// Row order is deterministic, because ML.NET only reproduces a model from rows seen in the same order: sources in
/// <see cref="DataSourceNames.All"/> order (banking77, clinc150, bitext, multidogo); BANKING77 train then test; CLINC150
/// train, val, test, oos_train, oos_val, oos_test; MultiDoGO domains in ordinal name order, each train, dev, test; file
/// order within a file. Lines that cannot be used (malformed, empty utterance, unmapped label) are never guessed at; they
/// are listed in <see cref="Skipped"/>.
/// </remarks>
public sealed class PublicDataSet
{
    /// <summary>The folder under the data root that holds <c>&lt;source&gt;.tsv</c> label maps.</summary>
    public const string LabelMapsFolder = "label-maps";

    private PublicDataSet(DataSetBuilder builder)
    {
        Utterances = builder.Utterances.AsReadOnly();
        Conversations = builder.Conversations.AsReadOnly();
        Skipped = builder.Skipped.AsReadOnly();
        Counts = CountRows(builder);
    }

    /// <summary>Every loaded utterance of every source, in the documented deterministic order.</summary>
    public IReadOnlyList<LabeledUtterance> Utterances { get; }

    /// <summary>MultiDoGO conversations (customer turns only), in file order; their turns are also in <see cref="Utterances"/>.</summary>
    public IReadOnlyList<LabeledConversation> Conversations { get; }

    /// <summary>Lines not loaded, with file, line number and reason, in load order.</summary>
    public IReadOnlyList<SkippedLine> Skipped { get; }

    /// <summary>Per source and split (sources in load order, then Train, Dev, Test): rows loaded and lines skipped. Combinations with nothing are left out.</summary>
    public IReadOnlyList<DataSetCount> Counts { get; }

    /// <summary>Reads all four training sources (BANKING77, CLINC150, Bitext, MultiDoGO) under <paramref name="dataRoot"/>.</summary>
    /// <param name="dataRoot">The public data folder, normally <c>../shared/data</c> relative to the repository root.</param>
    /// <param name="logger">Receives a summary per source (Information) and each skipped line (Debug); none by default.</param>
    /// <returns>The loaded rows; takes well under 2 s for the full public data.</returns>
    /// <exception cref="TrainingDataException">
    /// The data root, a source folder, a data file or a label map is missing; a label map is malformed; or a data file has the
    /// wrong header or is not valid JSON. The message names the path that was expected.
    /// </exception>
    public static PublicDataSet Load(string dataRoot, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataRoot);
        logger ??= NullLogger.Instance;
        DataFiles.RequireDirectory(dataRoot, "public data folder (normally ../shared/data relative to the repository)");
        DataFiles.RequireDirectory(Path.Combine(dataRoot, LabelMapsFolder), "label maps folder");

        var builder = new DataSetBuilder(dataRoot);
        foreach (var source in DataSourceNames.All)
        {
            var folder = Path.Combine(dataRoot, source);
            DataFiles.RequireDirectory(folder, $"{source} data set folder");
            var map = LabelMap.Load(Path.Combine(dataRoot, LabelMapsFolder, source + ".tsv"));
            var utterancesBefore = builder.Utterances.Count;
            var skippedBefore = builder.Skipped.Count;
            switch (source)
            {
                case DataSourceNames.Banking77:
                    Banking77Loader.Load(folder, map, builder);
                    break;
                case DataSourceNames.Clinc150:
                    Clinc150Loader.Load(folder, map, builder);
                    break;
                case DataSourceNames.Bitext:
                    BitextLoader.Load(folder, map, builder);
                    break;
                default:
                    MultiDogoLoader.Load(folder, map, builder);
                    break;
            }

            for (var i = skippedBefore; i < builder.Skipped.Count; i++)
            {
                var skipped = builder.Skipped[i];
                PublicDataSetLog.LineSkipped(logger, skipped.File, skipped.LineNumber, skipped.Reason);
            }

            PublicDataSetLog.SourceLoaded(logger, source, builder.Utterances.Count - utterancesBefore, builder.Skipped.Count - skippedBefore);
        }

        var dataSet = new PublicDataSet(builder);
        PublicDataSetLog.Loaded(logger, dataRoot, dataSet.Utterances.Count, dataSet.Conversations.Count, dataSet.Skipped.Count);
        return dataSet;
    }

    /// <summary>
    /// Finds the public data folder by walking up from <paramref name="startDirectory"/>: the first ancestor (or the start
    /// itself) that has <c>shared/data/label-maps</c>, or that is itself a data root with <c>label-maps</c>.
    /// </summary>
    /// <param name="startDirectory">Where to start, e.g. the repository root or a test's output directory.</param>
    /// <returns>The full path of the data root, or <see langword="null"/> when none is found.</returns>
    public static string? FindDataRoot(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(startDirectory);
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, LabelMapsFolder)) && Directory.Exists(Path.Combine(dir.FullName, DataSourceNames.Banking77)))
            {
                return dir.FullName;
            }

            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, LabelMapsFolder)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static ReadOnlyCollection<DataSetCount> CountRows(DataSetBuilder builder)
    {
        var counts = new List<DataSetCount>();
        foreach (var source in DataSourceNames.All)
        {
            foreach (var split in (TrainingSplit[])[TrainingSplit.Train, TrainingSplit.Dev, TrainingSplit.Test])
            {
                var utterances = builder.Utterances.Count(u => u.Split == split && u.Source == source);
                var conversations = builder.Conversations.Count(c => c.Split == split && source == DataSourceNames.MultiDogo);
                var skipped = builder.Skipped.Count(s => s.Split == split && s.Source == source);
                if (utterances + conversations + skipped > 0)
                {
                    counts.Add(new DataSetCount(source, split, utterances, conversations, skipped));
                }
            }
        }

        return counts.AsReadOnly();
    }
}
