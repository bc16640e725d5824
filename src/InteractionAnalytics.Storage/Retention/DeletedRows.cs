namespace InteractionAnalytics.Storage.Retention;

/// <summary>How many rows of one table a deletion removed (or, on a dry run, would remove).</summary>
/// <param name="Table">The table, e.g. <c>transcript_turns</c>.</param>
/// <param name="Rows">Rows removed; 0 when none.</param>
public sealed record DeletedRows(string Table, long Rows);
