namespace InteractionAnalytics.Core.Privacy;

/// <summary>How many values of each kind were replaced; never the values themselves.</summary>
/// <param name="Cards">Payment card numbers.</param>
/// <param name="Ssns">Social security numbers.</param>
/// <param name="Phones">Phone numbers.</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="SpokenNumbers">Long spoken digit runs that were not valid cards.</param>
public sealed record RedactionCounts(long Cards, long Ssns, long Phones, long Emails, long SpokenNumbers)
{
    /// <summary>Nothing replaced.</summary>
    public static RedactionCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>All replacements.</summary>
    public long Total => Cards + Ssns + Phones + Emails + SpokenNumbers;

    /// <summary>These counts plus <paramref name="other"/>.</summary>
    public RedactionCounts Add(RedactionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Cards + other.Cards, Ssns + other.Ssns, Phones + other.Phones, Emails + other.Emails, SpokenNumbers + other.SpokenNumbers);
    }

    /// <summary>These counts with one more of <paramref name="kind"/>.</summary>
    public RedactionCounts AddOne(PiiKind kind) => kind switch
    {
        PiiKind.Card => this with { Cards = Cards + 1 },
        PiiKind.Ssn => this with { Ssns = Ssns + 1 },
        PiiKind.Phone => this with { Phones = Phones + 1 },
        PiiKind.Email => this with { Emails = Emails + 1 },
        _ => this with { SpokenNumbers = SpokenNumbers + 1 },
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"cards {Cards}, ssn {Ssns}, phones {Phones}, emails {Emails}, spoken numbers {SpokenNumbers}";
}
