using System.Text.Json;

namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// Reads CLINC150 <c>data_full.json</c> (<c>{"train"|"val"|"test"|"oos_train"|"oos_val"|"oos_test": [[text, label], …]}</c>)
/// and labels each row's domain from <c>domains.json</c> (<c>{domain: [label, …]}</c>).
/// </summary>
/// <remarks>
/// Mapping: a label named in <c>clinc150.tsv</c> uses its row (all banking and credit_cards labels, and <c>oos</c>); any other
/// label of a domain other than banking and credit_cards uses the <c>*</c> row. Anything else is an unmapped label.
/// Rows are emitted in the fixed key order train, val, test, oos_train, oos_val, oos_test, whatever the file's key order.
/// </remarks>
internal static class Clinc150Loader
{
    public const string DataFileName = "data_full.json";
    public const string DomainsFileName = "domains.json";
    public const string OutOfScopeLabel = "oos";

    /// <summary>The domain of out-of-scope rows (<c>oos</c> is in no domain of <c>domains.json</c>).</summary>
    public const string OutOfScopeDomain = "oos";

    /// <summary>Domains whose labels the label map names one by one; the wildcard row never covers them.</summary>
    private static readonly string[] NamedDomains = ["banking", "credit_cards"];

    private static readonly (string Key, TrainingSplit Split)[] Splits =
    [
        ("train", TrainingSplit.Train),
        ("val", TrainingSplit.Dev),
        ("test", TrainingSplit.Test),
        ("oos_train", TrainingSplit.Train),
        ("oos_val", TrainingSplit.Dev),
        ("oos_test", TrainingSplit.Test),
    ];

    public static void Load(string folder, LabelMap map, DataSetBuilder builder)
    {
        var domainOf = ReadDomains(Path.Combine(folder, DomainsFileName));
        var path = Path.Combine(folder, DataFileName);
        DataFiles.RequireFile(path, "CLINC150 data file");
        ReadOnlyMemory<byte> utf8 = File.ReadAllBytes(path);
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // Parsed per key, then emitted in the fixed split order so the row order never depends on the file's key order.
        var parsed = new Dictionary<string, DataSetBuilder>(StringComparer.Ordinal);
        try
        {
            Parse(utf8, path, map, domainOf, builder, parsed);
        }
        catch (JsonException ex)
        {
            throw new TrainingDataException(path, ex.LineNumber is { } line ? checked((int)line + 1) : null, $"invalid JSON: {ex.Message}", ex);
        }

        foreach (var (key, _) in Splits)
        {
            if (!parsed.TryGetValue(key, out var part))
            {
                throw new TrainingDataException(path, null, $"no \"{key}\" array");
            }

            builder.Utterances.AddRange(part.Utterances);
            builder.Skipped.AddRange(part.Skipped);
        }
    }

    private static void Parse(
        ReadOnlyMemory<byte> utf8, string path, LabelMap map, Dictionary<string, string> domainOf, DataSetBuilder builder,
        Dictionary<string, DataSetBuilder> parsed)
    {
        var lines = new JsonLineCounter(utf8);
        var reader = new Utf8JsonReader(utf8.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new TrainingDataException(path, 1, "expected a JSON object of splits");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyLine = lines.LineAt(reader.TokenStartIndex);
            reader.Read();
            var split = Array.FindIndex(Splits, s => s.Key == key);
            if (split < 0)
            {
                // Not a split this loader knows; CLINC's other files (data_small etc.) add none to data_full.
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new TrainingDataException(path, keyLine, $"\"{key}\" is not an array");
            }

            var part = builder.NewPart();
            if (!parsed.TryAdd(key, part))
            {
                throw new TrainingDataException(path, keyLine, $"\"{key}\" appears twice");
            }

            ReadItems(ref reader, lines, path, Splits[split].Split, map, domainOf, part);
        }
    }

    private static void ReadItems(
        ref Utf8JsonReader reader, JsonLineCounter lines, string path, TrainingSplit split, LabelMap map,
        Dictionary<string, string> domainOf, DataSetBuilder part)
    {
        const string Source = DataSourceNames.Clinc150;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineAt(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                part.Skip(Source, split, path, line, "expected a [text, label] pair");
                continue;
            }

            string? text = null;
            string? label = null;
            var count = 0;
            var allStrings = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                count++;
                if (reader.TokenType != JsonTokenType.String)
                {
                    allStrings = false;
                    reader.Skip();
                }
                else if (count == 1)
                {
                    text = reader.GetString();
                }
                else if (count == 2)
                {
                    label = reader.GetString();
                }
            }

            if (!allStrings || count != 2 || text is null || label is null)
            {
                part.Skip(Source, split, path, line, "expected a [text, label] pair of strings");
                continue;
            }

            text = text.Trim();
            label = label.Trim();
            if (text.Length == 0)
            {
                part.Skip(Source, split, path, line, "empty utterance");
                continue;
            }

            if (!TryMap(label, map, domainOf, out var mapping, out var domain))
            {
                part.Skip(Source, split, path, line, DataSetBuilder.UnmappedReason(label));
                continue;
            }

            part.Utterances.Add(new LabeledUtterance(text, Source, label, mapping.Intent, mapping.RootCauseHint, split, domain, null, null));
        }
    }

    private static bool TryMap(string label, LabelMap map, Dictionary<string, string> domainOf, out LabelMapping mapping, out string? domain)
    {
        if (label == OutOfScopeLabel)
        {
            domain = OutOfScopeDomain;
        }
        else if (!domainOf.TryGetValue(label, out domain))
        {
            domain = null;
        }

        if (map.TryGet(label, out var named))
        {
            mapping = named;
            return true;
        }

        if (domain is not null && label != OutOfScopeLabel && Array.IndexOf(NamedDomains, domain) < 0 && map.Wildcard is { } wildcard)
        {
            mapping = wildcard;
            return true;
        }

        mapping = null!;
        return false;
    }

    /// <summary>Reads <c>domains.json</c> into label → domain (interned strings shared by every row).</summary>
    private static Dictionary<string, string> ReadDomains(string path)
    {
        using (var document = DataFiles.ParseJson(path, "CLINC150 domains file"))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TrainingDataException(path, null, "expected an object {domain: [label, …]}");
            }

            var domainOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var domain in document.RootElement.EnumerateObject())
            {
                var domainName = domain.Name;
                if (domain.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new TrainingDataException(path, null, $"domain '{domainName}' is not an array of labels");
                }

                foreach (var label in domain.Value.EnumerateArray())
                {
                    var name = label.ValueKind == JsonValueKind.String ? label.GetString()! : throw new TrainingDataException(
                        path, null, $"domain '{domainName}' lists a label that is not a string");
                    if (!domainOf.TryAdd(name, domainName))
                    {
                        throw new TrainingDataException(path, null, $"label '{name}' is in both '{domainOf[name]}' and '{domainName}'");
                    }
                }
            }

            return domainOf;
        }
    }
}
