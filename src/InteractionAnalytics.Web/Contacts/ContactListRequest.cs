using System.Globalization;
using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// The query string of <c>/contacts</c> and <c>/contacts.csv</c>: <c>from</c>, <c>to</c> (yyyy-MM-dd, inclusive),
/// <c>agent</c>, <c>team</c>, <c>queue</c>, <c>intent</c>, <c>root_cause</c>, <c>sort</c> (<c>newest</c>, <c>oldest</c>,
/// <c>longest</c>, <c>shortest</c>) and <c>page</c> (1-based). Empty values mean no filter.
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
        Add("sort", Sort);
        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return values;
    }

    /// <summary>The non-empty values as a query string (<c>?from=…</c>, URL-encoded), or empty when there are none.</summary>
    public string ToQueryString(int? page = null) =>
        QueryString.Create(ToRouteValues(page).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).ToUriComponent();
}
