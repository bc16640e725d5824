namespace InteractionAnalytics.Ingestion.Csv;

/// <summary>
/// One CSV record: its fields, or the reason it could not be split into fields.
/// </summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Fields">The fields, unquoted; empty when <paramref name="Error"/> is set.</param>
/// <param name="Raw">The record's text as read (physical lines joined with <c>\n</c>).</param>
/// <param name="Error">Why the record is malformed (bad quoting); <see langword="null"/> when it parsed.</param>
public sealed record CsvRow(long Line, IReadOnlyList<string> Fields, string Raw, string? Error)
{
    /// <summary>The record was split into fields.</summary>
    public bool IsValid => Error is null;
}
