namespace InteractionAnalytics.Core.Ingest;

/// <summary>An input record (a CSV row or a whole file) that was not stored, and why.</summary>
/// <param name="File">Path of the file, relative to the export directory.</param>
/// <param name="Line">1-based line where the record starts; <see langword="null"/> when the whole file is rejected.</param>
/// <param name="RecordKey">The record's call id when it could be read; otherwise <see langword="null"/>.</param>
/// <param name="Reason">Why it was rejected, in words a supervisor or operator can act on.</param>
/// <param name="Raw">The record's raw text, cut to <see cref="MaxRawLength"/> characters; <see langword="null"/> for whole files.</param>
public sealed record RejectedRecord(string File, long? Line, string? RecordKey, string Reason, string? Raw)
{
    /// <summary>The most raw characters kept per reject (4,096).</summary>
    public const int MaxRawLength = 4096;
}
