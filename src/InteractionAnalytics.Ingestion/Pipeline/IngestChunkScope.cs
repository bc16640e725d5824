namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>
/// The part of an export one chunk of a distributed ingest reads (docs/distributed.md): the records of <c>calls.csv</c>
/// that start on a line from <see cref="FirstLine"/> to <see cref="LastLine"/> (both inclusive, 1-based file lines), and the
/// transcripts and recordings of those records' calls. A file is matched to a call by its name without the extension
/// (<c>transcripts/C42.json</c> belongs to call <c>C42</c>); files of calls that are not in <c>calls.csv</c>, and rejects
/// of the whole file (no line), belong to the first chunk, so every record of the export has exactly one chunk.
/// </summary>
public sealed class IngestChunkScope
{
    private readonly IReadOnlyDictionary<string, long> _callLines;

    /// <summary>Creates the scope of one chunk.</summary>
    /// <param name="firstLine">The first line of <c>calls.csv</c> the chunk owns, inclusive.</param>
    /// <param name="lastLine">The last line of <c>calls.csv</c> the chunk owns, inclusive.</param>
    /// <param name="isFirst">Whether this is the export's first chunk, which also owns rejects without a line and unmatched files.</param>
    /// <param name="callLines">Each call id of <c>calls.csv</c> and the line of its first record (<see cref="IngestPipeline.ReadCallLines"/>).</param>
    public IngestChunkScope(long firstLine, long lastLine, bool isFirst, IReadOnlyDictionary<string, long> callLines)
    {
        ArgumentNullException.ThrowIfNull(callLines);
        FirstLine = firstLine;
        LastLine = lastLine;
        IsFirst = isFirst;
        _callLines = callLines;
    }

    /// <summary>The first line of <c>calls.csv</c> the chunk owns, inclusive.</summary>
    public long FirstLine { get; }

    /// <summary>The last line of <c>calls.csv</c> the chunk owns, inclusive.</summary>
    public long LastLine { get; }

    /// <summary>Whether this is the export's first chunk.</summary>
    public bool IsFirst { get; }

    /// <summary>Whether a <c>calls.csv</c> record (or reject) starting on <paramref name="line"/> belongs to this chunk.</summary>
    public bool OwnsLine(long? line) => line is { } value ? value >= FirstLine && value <= LastLine : IsFirst;

    /// <summary>Whether a file of <c>transcripts/</c> or <c>audio/</c> belongs to this chunk.</summary>
    public bool OwnsFile(string path) =>
        _callLines.TryGetValue(CallIdOf(path), out var line) ? OwnsLine(line) : IsFirst;

    /// <summary>The call id a file of the export is named after: its name without the extension.</summary>
    public static string CallIdOf(string path) => Path.GetFileNameWithoutExtension(path);
}
