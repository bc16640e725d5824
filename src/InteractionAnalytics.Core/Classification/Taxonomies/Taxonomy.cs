using System.Text.Json;
using System.Text.Json.Nodes;

namespace InteractionAnalytics.Core.Classification.Taxonomies;

/// <summary>
/// The labels contacts are classified into: intents (why the customer called), root causes (who owns the failure)
/// and resolutions. The default ships as <c>taxonomy.json</c> (from <c>../shared/TAXONOMY.md</c>); a center replaces it
/// with its own file of the same shape (docs/taxonomy.md).
/// </summary>
public sealed class Taxonomy
{
    private Taxonomy(
        IReadOnlyList<TaxonomyLabel> intents,
        IReadOnlyList<TaxonomyLabel> rootCauses,
        IReadOnlyList<TaxonomyLabel> resolutions,
        string fallbackIntent,
        string noFailureRootCause)
    {
        Intents = intents;
        RootCauses = rootCauses;
        Resolutions = resolutions;
        FallbackIntent = fallbackIntent;
        NoFailureRootCause = noFailureRootCause;
    }

    /// <summary>Intents, in file order.</summary>
    public IReadOnlyList<TaxonomyLabel> Intents { get; }

    /// <summary>Root causes, in file order.</summary>
    public IReadOnlyList<TaxonomyLabel> RootCauses { get; }

    /// <summary>Resolution values, in file order.</summary>
    public IReadOnlyList<TaxonomyLabel> Resolutions { get; }

    /// <summary>The intent given when no customer turn states a reason ("other" by default).</summary>
    public string FallbackIntent { get; }

    /// <summary>The root cause meaning "no failure evident" ("none" by default); it wins when nothing points elsewhere.</summary>
    public string NoFailureRootCause { get; }

    /// <summary>Intent ids in file order.</summary>
    public IReadOnlyList<string> IntentIds => [.. Intents.Select(l => l.Id)];

    /// <summary>Root-cause ids in file order.</summary>
    public IReadOnlyList<string> RootCauseIds => [.. RootCauses.Select(l => l.Id)];

    /// <summary>Whether <paramref name="id"/> is an intent of this taxonomy.</summary>
    public bool IsIntent(string id) => Intents.Any(l => l.Id == id);

    /// <summary>Whether <paramref name="id"/> is a root cause of this taxonomy.</summary>
    public bool IsRootCause(string id) => RootCauses.Any(l => l.Id == id);

    /// <summary>
    /// Parses a taxonomy file: <c>{"version": 1, "fallback_intent": "other", "no_failure_root_cause": "none",
    /// "intents": [{"id", "name", "definition", "examples"}], "root_causes": [...], "resolutions": [...]}</c>.
    /// Ids are lower snake_case (a-z, 0-9, _; starting with a letter) and unique per list.
    /// </summary>
    /// <exception cref="TaxonomyFormatException">The JSON or a label is invalid.</exception>
    public static Taxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.AsObject()
                ?? throw new TaxonomyFormatException("The taxonomy is empty.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new TaxonomyFormatException($"The taxonomy is not a JSON object: {e.Message}", e);
        }

        try
        {
            return Parse(root);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // A value of the wrong JSON type ("version": "1", "examples": [1]).
            throw new TaxonomyFormatException($"The taxonomy has a value of the wrong type: {e.Message}", e);
        }
    }

    private static Taxonomy Parse(JsonObject root)
    {
        var version = root["version"] is { } v
            ? (v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var d && d == Math.Floor(d) ? (int)d : throw new TaxonomyFormatException("'version' must be an integer."))
            : 1;
        if (version != 1)
        {
            throw new TaxonomyFormatException($"Taxonomy version {version} is not supported (this build reads version 1).");
        }

        var intents = Labels(root, "intents");
        var rootCauses = Labels(root, "root_causes");
        var resolutions = Labels(root, "resolutions");
        var fallback = Text(root, "fallback_intent") ?? "other";
        var none = Text(root, "no_failure_root_cause") ?? "none";
        if (!intents.Any(l => l.Id == fallback))
        {
            throw new TaxonomyFormatException($"fallback_intent '{fallback}' is not one of the intents.");
        }

        if (!rootCauses.Any(l => l.Id == none))
        {
            throw new TaxonomyFormatException($"no_failure_root_cause '{none}' is not one of the root causes.");
        }

        if (rootCauses.Count < 2 || intents.Count < 2)
        {
            throw new TaxonomyFormatException("A taxonomy needs at least two intents and two root causes.");
        }

        return new Taxonomy(intents, rootCauses, resolutions, fallback, none);
    }

    private static string? Text(JsonObject node, string name)
    {
        try
        {
            return node[name]?.GetValue<string>();
        }
        catch (InvalidOperationException e)
        {
            throw new TaxonomyFormatException($"'{name}' must be a string.", e);
        }
    }

    private static List<TaxonomyLabel> Labels(JsonObject root, string list)
    {
        if (root[list] is not JsonArray array || array.Count == 0)
        {
            throw new TaxonomyFormatException($"'{list}' must be a non-empty array of labels.");
        }

        var labels = new List<TaxonomyLabel>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                throw new TaxonomyFormatException($"{list}[{i}] must be an object with id, name and definition.");
            }

            var id = Text(item, "id");
            if (id is null || !IsSnakeCase(id))
            {
                throw new TaxonomyFormatException(
                    $"{list}[{i}] id '{id}' must be lower snake_case: a letter, then letters, digits or underscores.");
            }

            if (labels.Any(l => l.Id == id))
            {
                throw new TaxonomyFormatException($"{list}: id '{id}' appears twice.");
            }

            var examples = new List<string>();
            if (item["examples"] is JsonArray e)
            {
                foreach (var x in e)
                {
                    examples.Add(x?.GetValueKind() == JsonValueKind.String
                        ? x.GetValue<string>()
                        : throw new TaxonomyFormatException($"{list}[{i}] ('{id}'): every entry of 'examples' must be a string."));
                }
            }

            labels.Add(new TaxonomyLabel(id, Text(item, "name") ?? id, Text(item, "definition") ?? "", examples));
        }

        return labels;
    }

    private static bool IsSnakeCase(string id) =>
        id.Length is > 0 and <= 64 && id[0] is >= 'a' and <= 'z' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
