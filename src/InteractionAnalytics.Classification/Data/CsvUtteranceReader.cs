using InteractionAnalytics.Ingestion.Csv;

namespace InteractionAnalytics.Classification.Data;

/// <summary>Reads one CSV file with a header into <see cref="LabeledUtterance"/>s (BANKING77 and Bitext).</summary>
internal static class CsvUtteranceReader
{
    /// <param name="path">The CSV file.</param>
    /// <param name="source">The data set name.</param>
    /// <param name="split">The split every row goes to.</param>
    /// <param name="textColumn">The header name of the utterance column.</param>
    /// <param name="labelColumn">The header name of the label column.</param>
    /// <param name="map">The source's label map; the wildcard row is not used.</param>
    /// <param name="builder">Receives rows and skipped lines.</param>
    public static void Read(
        string path, string source, TrainingSplit split, string textColumn, string labelColumn, LabelMap map, DataSetBuilder builder)
    {
        using var text = DataFiles.OpenText(path, $"{source} {split.ToString().ToLowerInvariant()} file");
        // The ingest's RFC 4180 reader: quoted commas, doubled quotes and line breaks; a stray quote costs one line.
        var reader = new CsvRowReader(text);
        var header = reader.Read();
        if (header is null || !header.IsValid)
        {
            throw new TrainingDataException(path, 1, header is null ? "empty file (no header)" : $"unreadable header: {header.Error}");
        }

        var columns = header.Fields.Count;
        var textIndex = DataFiles.RequireColumn(header.Fields, textColumn, path);
        var labelIndex = DataFiles.RequireColumn(header.Fields, labelColumn, path);

        while (reader.Read() is { } row)
        {
            var lineNumber = checked((int)row.Line);
            var fields = row.Fields;
            if (!row.IsValid)
            {
                builder.Skip(source, split, path, lineNumber, row.Error!);
                continue;
            }

            if (fields.Count != columns)
            {
                builder.Skip(source, split, path, lineNumber, $"expected {columns} comma-separated columns, found {fields.Count}");
                continue;
            }

            var utterance = fields[textIndex].Trim();
            if (utterance.Length == 0)
            {
                builder.Skip(source, split, path, lineNumber, "empty utterance");
                continue;
            }

            var label = fields[labelIndex].Trim();
            if (!map.TryGet(label, out var mapping))
            {
                builder.Skip(source, split, path, lineNumber, DataSetBuilder.UnmappedReason(label));
                continue;
            }

            // The mapping's label instance is shared by every row with that label.
            builder.Utterances.Add(new LabeledUtterance(
                utterance, source, mapping.SourceLabel, mapping.Intent, mapping.RootCauseHint, split, null, null, null));
        }
    }
}
