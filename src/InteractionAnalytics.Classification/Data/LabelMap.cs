namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// A label map (<c>label-maps/&lt;source&gt;.tsv</c>): a header <c>source_label, intent, root_cause_hint</c> and one
/// tab-separated row per source label. Empty cells read as <see langword="null"/>; blank lines are ignored. A row whose
/// label is <c>*</c> is kept apart as <see cref="Wildcard"/>. Immutable and safe to share between threads.
/// </summary>
public sealed class LabelMap
{
    /// <summary>The source label of the wildcard row.</summary>
    public const string WildcardLabel = "*";

    private static readonly string[] HeaderColumns = ["source_label", "intent", "root_cause_hint"];

    private readonly Dictionary<string, LabelMapping> _byLabel;

    private LabelMap(string sourceName, List<LabelMapping> mappings, Dictionary<string, LabelMapping> byLabel, LabelMapping? wildcard)
    {
        SourceName = sourceName;
        Mappings = mappings.AsReadOnly();
        _byLabel = byLabel;
        Wildcard = wildcard;
    }

    /// <summary>Where the map was read from (the file path for <see cref="Load"/>); used in error messages.</summary>
    public string SourceName { get; }

    /// <summary>The rows in file order, without the wildcard row.</summary>
    public IReadOnlyList<LabelMapping> Mappings { get; }

    /// <summary>
    /// The <c>*</c> row, or <see langword="null"/> when the map has none. <see cref="TryGet"/> never falls back to it: which
    /// labels it covers is the source's rule (for CLINC150, every label of a domain other than banking and credit_cards).
    /// </summary>
    public LabelMapping? Wildcard { get; }

    /// <summary>Reads a label map file (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="path">The <c>.tsv</c> file.</param>
    /// <exception cref="TrainingDataException">The file does not exist or is malformed (see <see cref="Parse"/>).</exception>
    public static LabelMap Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new TrainingDataException(path, null, $"label map not found (expected a file at '{Path.GetFullPath(path)}')");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses label map text.</summary>
    /// <param name="tsvText">The whole file: the header line, then <c>source_label&lt;TAB&gt;intent&lt;TAB&gt;root_cause_hint</c> lines.</param>
    /// <param name="sourceName">Names the map in error messages (usually its path).</param>
    /// <exception cref="TrainingDataException">
    /// The header is missing, a line does not have exactly 3 columns, a source label is empty, or a label appears twice.
    /// The message names <paramref name="sourceName"/> and the line.
    /// </exception>
    public static LabelMap Parse(string tsvText, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(tsvText);
        ArgumentNullException.ThrowIfNull(sourceName);

        using var reader = new StringReader(tsvText);
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header is null || !IsHeader(header))
        {
            throw new TrainingDataException(sourceName, 1, $"missing header; expected '{string.Join("<TAB>", HeaderColumns)}'");
        }

        var mappings = new List<LabelMapping>();
        var byLabel = new Dictionary<string, LabelMapping>(StringComparer.Ordinal);
        LabelMapping? wildcard = null;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != HeaderColumns.Length)
            {
                throw new TrainingDataException(
                    sourceName, lineNumber, $"expected {HeaderColumns.Length} tab-separated columns (source_label, intent, root_cause_hint), found {cells.Length}");
            }

            var label = cells[0].Trim();
            if (label.Length == 0)
            {
                throw new TrainingDataException(sourceName, lineNumber, "empty source_label");
            }

            var mapping = new LabelMapping(label, NullIfEmpty(cells[1]), NullIfEmpty(cells[2]));
            if (label == WildcardLabel)
            {
                if (wildcard is not null)
                {
                    throw new TrainingDataException(sourceName, lineNumber, "a second '*' row");
                }

                wildcard = mapping;
                continue;
            }

            if (!byLabel.TryAdd(label, mapping))
            {
                throw new TrainingDataException(sourceName, lineNumber, $"label '{label}' is mapped twice");
            }

            mappings.Add(mapping);
        }

        return new LabelMap(sourceName, mappings, byLabel, wildcard);
    }

    /// <summary>Looks a source label up by exact (case-sensitive) name; the <see cref="Wildcard"/> row is not consulted.</summary>
    /// <param name="sourceLabel">The label as the source data set spells it.</param>
    /// <param name="mapping">The row when found; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the map has a row for <paramref name="sourceLabel"/>.</returns>
    public bool TryGet(string sourceLabel, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out LabelMapping mapping) =>
        _byLabel.TryGetValue(sourceLabel, out mapping);

    private static bool IsHeader(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != HeaderColumns.Length)
        {
            return false;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (!string.Equals(cells[i].Trim(), HeaderColumns[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string? NullIfEmpty(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
