namespace InteractionAnalytics.Storage.Rows;

/// <summary>What an upsert needs to know about a row already stored under the same key.</summary>
internal sealed class ExistingRow
{
    public string Key { get; init; } = string.Empty;
    public string ContentHash { get; init; } = string.Empty;
    public long LastRunId { get; init; }
    public string SourceFile { get; init; } = string.Empty;
    public long? SourceLine { get; init; }
}
