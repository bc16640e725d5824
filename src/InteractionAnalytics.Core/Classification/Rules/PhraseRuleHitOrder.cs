namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>Orders hits by turn, then start, then end, then rule id (ordinal), so the result does not depend on rule order.</summary>
internal sealed class PhraseRuleHitOrder : IComparer<PhraseRuleHit>
{
    public static PhraseRuleHitOrder Instance { get; } = new();

    public int Compare(PhraseRuleHit x, PhraseRuleHit y)
    {
        var order = x.TurnIndex.CompareTo(y.TurnIndex);
        if (order == 0)
        {
            order = x.Start.CompareTo(y.Start);
        }

        if (order == 0)
        {
            order = x.End.CompareTo(y.End);
        }

        return order != 0 ? order : string.CompareOrdinal(x.RuleId, y.RuleId);
    }
}
