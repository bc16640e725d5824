namespace InteractionAnalytics.Storage.Rows;

/// <summary>The finished contact chains of one report row, as SQL returns them.</summary>
internal sealed class ChainTotalsRow
{
    public string? Key { get; init; }
    public string? Team { get; init; }
    public long Chains { get; init; }
    public long ChainContacts { get; init; }
    public double ChainHandleSeconds { get; init; }
}
