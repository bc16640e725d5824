using System.Globalization;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// The query string of <c>/contacts</c> and <c>/contacts.csv</c>: <c>from</c>, <c>to</c> (yyyy-MM-dd, inclusive),
/// <c>agent</c>, <c>team</c>, <c>queue</c>, <c>intent</c>, <c>root_cause</c>, <c>confidence_below</c> and
/// <c>confidence_at_least</c> (0..1), <c>resolution</c> (<c>resolved</c>, <c>unresolved</c>, <c>unknown</c>),
/// <c>outcome</c> (a repeat outcome, e.g. <c>repeated</c>), <c>sentiment</c> (see <see cref="SentimentFilterNames"/>),
/// <c>sort</c> (<c>newest</c>, <c>oldest</c>, <c>longest</c>, <c>shortest</c>) and <c>page</c> (1-based). Empty values
/// mean no filter; a malformed or unknown value is refused with a message (the page shows it, the CSV answers 400).
/// </summary>
public sealed record ContactListRequest
{
    /// <summary>The sort names and what they mean, in the order the page offers them.</summary>
    public static IReadOnlyList<(string Name, string Label, ContactSort Sort)> Sorts { get; } =
    [
        ("newest", "Newest first", ContactSort.NewestFirst),
        ("oldest", "Oldest first", ContactSort.OldestFirst),
        ("longest", "Longest handle time first", ContactSort.LongestHandleFirst),
        ("shortest", "Shortest handle time first", ContactSort.ShortestHandleFirst),
    ];

    /// <summary>The resolution values and their labels, in the order the page offers them.</summary>
    public static IReadOnlyList<(string Name, string Label)> Resolutions { get; } =
    [
        (ResolutionOutcomeNames.Resolved, "Resolved"),
        (ResolutionOutcomeNames.Unresolved, "Unresolved"),
        (ResolutionOutcomeNames.Unknown, "Unknown"),
    ];

    /// <summary>The repeat outcomes and their labels, in the order the page offers them.</summary>
    public static IReadOnlyList<(string Name, string Label)> Outcomes { get; } =
    [
        (RepeatOutcomeNames.ResolvedFirstContact, "Resolved first contact"),
        (RepeatOutcomeNames.Repeated, "Repeated"),
        (RepeatOutcomeNames.Pending, "Window still open"),
        (RepeatOutcomeNames.Unlinkable, "Unlinkable"),
        (RepeatOutcomeNames.NotApplicable, "Not applicable (abandoned)"),
    ];

    /// <summary>The sentiment filters and their labels, in the order the page offers them.</summary>
    public static IReadOnlyList<(string Name, string Label)> Sentiments { get; } =
        [.. SentimentFilterNames.All.Select(f => (f.Name, SentimentLabel(f.Filter)))];

    /// <summary>The <c>from</c> value as given.</summary>
    public string? From { get; init; }

    /// <summary>The <c>to</c> value as given.</summary>
    public string? To { get; init; }

    /// <summary>The <c>agent</c> filter.</summary>
    public string? Agent { get; init; }

    /// <summary>The <c>team</c> filter.</summary>
    public string? Team { get; init; }

    /// <summary>The <c>queue</c> filter.</summary>
    public string? Queue { get; init; }

    /// <summary>The <c>intent</c> filter.</summary>
    public string? Intent { get; init; }

    /// <summary>The <c>root_cause</c> filter.</summary>
    public string? RootCause { get; init; }

    /// <summary>The <c>confidence_below</c> value as given (0..1).</summary>
    public string? ConfidenceBelow { get; init; }

    /// <summary>The <c>confidence_at_least</c> value as given (0..1).</summary>
    public string? ConfidenceAtLeast { get; init; }

    /// <summary>The <c>resolution</c> filter.</summary>
    public string? Resolution { get; init; }

    /// <summary>The <c>outcome</c> filter (repeat outcome).</summary>
    public string? Outcome { get; init; }

    /// <summary>The <c>sentiment</c> filter.</summary>
    public string? Sentiment { get; init; }

    /// <summary>The <c>sort</c> name; <see langword="null"/> for newest first.</summary>
    public string? Sort { get; init; }

    /// <summary>The <c>page</c> value as given.</summary>
    public string? Page { get; init; }

    /// <summary>Reads the request from a query string.</summary>
    public static ContactListRequest FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Value(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        return new ContactListRequest
        {
            From = Value("from"),
            To = Value("to"),
            Agent = Value("agent"),
            Team = Value("team"),
            Queue = Value("queue"),
            Intent = Value("intent"),
            RootCause = Value("root_cause"),
            ConfidenceBelow = Value("confidence_below"),
            ConfidenceAtLeast = Value("confidence_at_least"),
            Resolution = Value("resolution"),
            Outcome = Value("outcome"),
            Sentiment = Value("sentiment"),
            Sort = Value("sort"),
            Page = Value("page"),
        };
    }

    /// <summary>
    /// The storage query for a user with <paramref name="scope"/>: the filters as given, plus the scope's restriction,
    /// which no filter can widen. <see langword="false"/> with a message when a value is malformed.
    /// </summary>
    public bool TryCreateQuery(ContactScope scope, out ContactQuery query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(scope);
        query = new ContactQuery();
        if (!DateRange.TryParse(From, To, out var from, out var to, out error))
        {
            return false;
        }

        var sort = ContactSort.NewestFirst;
        if (Sort is not null)
        {
            var known = Sorts.Where(s => s.Name == Sort).ToList();
            if (known.Count == 0)
            {
                error = $"Unknown sort '{Sort}'.";
                return false;
            }

            sort = known[0].Sort;
        }

        if (!TryParseConfidence(ConfidenceBelow, "confidence below", out var below, out error)
            || !TryParseConfidence(ConfidenceAtLeast, "confidence at least", out var atLeast, out error))
        {
            return false;
        }

        if (Resolution is not null && !Resolutions.Any(r => r.Name == Resolution))
        {
            error = $"Unknown resolution '{Resolution}'; the values are {string.Join(", ", Resolutions.Select(r => r.Name))}.";
            return false;
        }

        if (Outcome is not null && !Outcomes.Any(o => o.Name == Outcome))
        {
            error = $"Unknown repeat outcome '{Outcome}'; the values are {string.Join(", ", Outcomes.Select(o => o.Name))}.";
            return false;
        }

        SentimentFilter? sentiment = null;
        if (Sentiment is not null)
        {
            if (!SentimentFilterNames.TryParse(Sentiment, out var parsed))
            {
                error = $"Unknown sentiment filter '{Sentiment}'; the values are {string.Join(", ", Sentiments.Select(s => s.Name))}.";
                return false;
            }

            sentiment = parsed;
        }

        var page = 1;
        if (Page is not null && (!int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            error = "The page is a whole number from 1.";
            return false;
        }

        query = new ContactQuery
        {
            From = from,
            To = to,
            AgentId = Agent,
            Team = Team,
            Queue = Queue,
            Intent = Intent,
            RootCause = RootCause,
            ConfidenceBelow = below,
            ConfidenceAtLeast = atLeast,
            Resolution = Resolution,
            Outcome = Outcome,
            Sentiment = sentiment,
            VisibleAgentId = scope.VisibleAgentId,
            Sort = sort,
            Page = page,
        };
        return true;
    }

    /// <summary>The non-empty values as query parameters (for links that keep the filters), with <paramref name="page"/> when given.</summary>
    public Dictionary<string, string> ToRouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        Add("from", From);
        Add("to", To);
        Add("agent", Agent);
        Add("team", Team);
        Add("queue", Queue);
        Add("intent", Intent);
        Add("root_cause", RootCause);
        Add("confidence_below", ConfidenceBelow);
        Add("confidence_at_least", ConfidenceAtLeast);
        Add("resolution", Resolution);
        Add("outcome", Outcome);
        Add("sentiment", Sentiment);
        Add("sort", Sort);
        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return values;
    }

    private static string SentimentLabel(SentimentFilter filter) => filter switch
    {
        SentimentFilter.NegativeEnd => "Customer ends negative (≤ −0.05)",
        SentimentFilter.NeutralEnd => "Customer ends neutral",
        SentimentFilter.PositiveEnd => "Customer ends positive (≥ 0.05)",
        SentimentFilter.Worsened => "Worsened (change ≤ −0.05)",
        SentimentFilter.Improved => "Improved (change ≥ 0.05)",
        _ => filter.ToString(),
    };

    // A confidence is a number from 0 to 1 with a dot (the form's number input sends that, whatever the browser's language).
    private static bool TryParseConfidence(string? value, string name, out double? confidence, out string? error)
    {
        confidence = null;
        error = null;
        if (value is null)
        {
            return true;
        }

        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed > 1)
        {
            error = $"The {name} filter is a number from 0 to 1, e.g. 0.6.";
            return false;
        }

        confidence = parsed;
        return true;
    }

    /// <summary>The non-empty values as a query string (<c>?from=…</c>, URL-encoded), or empty when there are none.</summary>
    public string ToQueryString(int? page = null) =>
        QueryString.Create(ToRouteValues(page).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).ToUriComponent();
}
