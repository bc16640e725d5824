namespace InteractionAnalytics.Storage.Browsing;

/// <summary>The names of <see cref="SentimentFilter"/> values, as the query string and the SQL parameter carry them.</summary>
public static class SentimentFilterNames
{
    /// <summary>Every filter with its name, in the order the web app offers them.</summary>
    public static IReadOnlyList<(string Name, SentimentFilter Filter)> All { get; } =
    [
        ("negative_end", SentimentFilter.NegativeEnd),
        ("neutral_end", SentimentFilter.NeutralEnd),
        ("positive_end", SentimentFilter.PositiveEnd),
        ("worsened", SentimentFilter.Worsened),
        ("improved", SentimentFilter.Improved),
    ];

    /// <summary>The name of <paramref name="filter"/>, e.g. <c>negative_end</c>.</summary>
    public static string ToName(SentimentFilter filter) => All.First(f => f.Filter == filter).Name;

    /// <summary>The filter named <paramref name="name"/> (exact, lower case); <see langword="false"/> when there is none.</summary>
    public static bool TryParse(string? name, out SentimentFilter filter)
    {
        foreach (var (known, value) in All)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                filter = value;
                return true;
            }
        }

        filter = default;
        return false;
    }
}
