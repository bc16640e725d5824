using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>Reads and validates the JSON rule file behind <see cref="PhraseRuleSet.Parse"/>.</summary>
internal static class PhraseRuleSetParser
{
    private const int MaxPatternLength = 4_000;
    private const int MaxExpandedPatternLength = 100_000;
    private const int MaxIdLength = 100;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly string[] FileKeys = ["version", "description", "macros", "negation", "rules"];
    private static readonly string[] NegationKeys = ["cues", "scope_breaks", "window_words"];
    private static readonly string[] RuleKeys =
        ["id", "root_cause", "pattern", "weight", "speakers", "description", "allow_negated", "examples"];

    public static PhraseRuleSet Parse(string json, IReadOnlyCollection<string> allowedRootCauses)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new PhraseRuleFormatException($"The phrase rules are not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail(null, "the phrase rules must be a JSON object with \"version\" and \"rules\"");
            }

            var file = Properties(root, FileKeys, "the rule file");
            ReadVersion(file);
            var macros = ReadMacros(file);
            var negation = ReadNegation(file);
            if (file.TryGetValue("description", out var description) && description.ValueKind != JsonValueKind.String)
            {
                throw Fail(null, "\"description\" must be a string");
            }

            if (!file.TryGetValue("rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array)
            {
                throw Fail(null, "\"rules\" must be an array of rules");
            }

            var allowed = new HashSet<string>(allowedRootCauses, StringComparer.Ordinal);
            var rules = new List<PhraseRule>(rulesElement.GetArrayLength());
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var number = 0;
            foreach (var element in rulesElement.EnumerateArray())
            {
                number++;
                var rule = ReadRule(element, number, allowed, macros);
                if (!ids.Add(rule.Id))
                {
                    throw Fail(rule.Id, $"rule '{rule.Id}' (rule #{number}): duplicate id; rule ids must be unique (ignoring case)");
                }

                rules.Add(rule);
            }

            var set = new PhraseRuleSet([.. rules], negation);
            foreach (var rule in rules)
            {
                foreach (var example in rule.Examples)
                {
                    if (!set.Hits(rule, example))
                    {
                        throw Fail(rule.Id, $"rule '{rule.Id}': does not hit its example \"{example}\"");
                    }
                }
            }

            return set;
        }
    }

    private static void ReadVersion(Dictionary<string, JsonElement> file)
    {
        if (!file.TryGetValue("version", out var version))
        {
            throw Fail(null, $"\"version\" is missing; this parser reads version {PhraseRuleSet.SupportedVersion}");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var value) || value != PhraseRuleSet.SupportedVersion)
        {
            throw Fail(null, $"\"version\" {version.GetRawText()} is not supported; this parser reads version {PhraseRuleSet.SupportedVersion}");
        }
    }

    private static Dictionary<string, string> ReadMacros(Dictionary<string, JsonElement> file)
    {
        var user = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.TryGetValue("macros", out var element) && element.ValueKind != JsonValueKind.Null)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(null, "\"macros\" must be an object of name: pattern");
            }

            foreach (var property in element.EnumerateObject())
            {
                var name = property.Name;
                if (!PhraseRuleMacros.IsValidName(name))
                {
                    throw Fail(null, $"macro '{name}': a name is a lower-case letter then lower-case letters, digits or '_'");
                }

                if (PhraseRuleMacros.BuiltIn.ContainsKey(name))
                {
                    throw Fail(null, $"macro '{name}': built in; a rule file cannot redefine it");
                }

                if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    throw Fail(null, $"macro '{name}': the value must be a non-empty pattern string");
                }

                if (!user.TryAdd(name, property.Value.GetString()!))
                {
                    throw Fail(null, $"macro '{name}': defined twice");
                }
            }
        }

        var resolved = PhraseRuleMacros.Resolve(user, out var error)
            ?? throw Fail(null, error ?? "the macros cannot be resolved");

        // Check each user macro compiles on its own, so a broken macro is reported as such and not as every rule using it.
        foreach (var name in user.Keys)
        {
            try
            {
                _ = new Regex(resolved[name], RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw Fail(null, $"macro '{name}': not a valid regex: {ex.Message}", ex);
            }
        }

        return resolved;
    }

    private static NegationScope ReadNegation(Dictionary<string, JsonElement> file)
    {
        if (!file.TryGetValue("negation", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return NegationScope.Default;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(null, "\"negation\" must be an object with \"cues\", \"scope_breaks\" and \"window_words\"");
        }

        var section = Properties(element, NegationKeys, "\"negation\"");
        var cues = section.TryGetValue("cues", out var cuesElement)
            ? ReadStrings(cuesElement, null, "negation \"cues\"")
            : NegationScope.DefaultCues;
        var breaks = section.TryGetValue("scope_breaks", out var breaksElement)
            ? ReadStrings(breaksElement, null, "negation \"scope_breaks\"")
            : NegationScope.DefaultScopeBreaks;
        var window = NegationScope.DefaultWindowWords;
        if (section.TryGetValue("window_words", out var windowElement)
            && (windowElement.ValueKind != JsonValueKind.Number || !windowElement.TryGetInt32(out window)
                || window < 0 || window > NegationScope.MaxWindowWords))
        {
            throw Fail(null, $"negation \"window_words\" must be a whole number from 0 to {NegationScope.MaxWindowWords}");
        }

        try
        {
            return new NegationScope(cues, breaks, window);
        }
        catch (ArgumentException ex)
        {
            throw Fail(null, $"\"negation\": {ex.Message}", ex);
        }
    }

    private static PhraseRule ReadRule(JsonElement element, int number, HashSet<string> allowedRootCauses, Dictionary<string, string> macros)
    {
        var label = $"rule #{number}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(null, $"{label}: must be an object");
        }

        // The id first, so every later message can name the rule.
        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            id = idElement.GetString();
            if (IsValidId(id))
            {
                label = $"rule '{id}'";
            }
            else
            {
                throw Fail(null, $"{label}: id '{id}' is not valid; an id is 1 to {MaxIdLength} letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
            }
        }

        var properties = Properties(element, RuleKeys, label, id);
        if (id is null)
        {
            throw Fail(null, $"{label}: \"id\" is missing or not a string");
        }

        var rootCause = RequiredString(properties, "root_cause", label, id);
        if (!allowedRootCauses.Contains(rootCause))
        {
            var allowed = string.Join(", ", allowedRootCauses.Order(StringComparer.Ordinal));
            throw Fail(id, $"{label}: unknown root cause '{rootCause}' (allowed: {allowed})");
        }

        var pattern = RequiredString(properties, "pattern", label, id);
        var weight = ReadWeight(properties, label, id);
        var speakers = ReadSpeakers(properties, label, id);
        var description = properties.TryGetValue("description", out var descriptionElement)
            ? descriptionElement.ValueKind == JsonValueKind.String
                ? descriptionElement.GetString()!
                : throw Fail(id, $"{label}: \"description\" must be a string")
            : string.Empty;
        var allowNegated = false;
        if (properties.TryGetValue("allow_negated", out var negatedElement))
        {
            allowNegated = negatedElement.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Fail(id, $"{label}: \"allow_negated\" must be true or false"),
            };
        }

        IReadOnlyList<string> examples = properties.TryGetValue("examples", out var examplesElement)
            ? ReadStrings(examplesElement, id, $"{label}: \"examples\"")
            : [];
        var regex = Compile(pattern, macros, label, id);
        return new PhraseRule(id, rootCause, pattern, weight, speakers, description, allowNegated, examples, regex);
    }

    private static Regex Compile(string pattern, Dictionary<string, string> macros, string label, string id)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw Fail(id, $"{label}: \"pattern\" is empty");
        }

        if (pattern.Length > MaxPatternLength)
        {
            throw Fail(id, $"{label}: \"pattern\" is {pattern.Length} characters; at most {MaxPatternLength} are allowed");
        }

        var expanded = PhraseRuleMacros.Expand(pattern, macros.GetValueOrDefault, out var unknown)
            ?? throw Fail(id, $"{label}: unknown macro '{{{unknown}}}' (known: {string.Join(", ", macros.Keys.Order(StringComparer.Ordinal))})");
        if (expanded.Length > MaxExpandedPatternLength)
        {
            throw Fail(id, $"{label}: the pattern is {expanded.Length} characters once macros are expanded; at most {MaxExpandedPatternLength}");
        }

        // Check the syntax of the pattern alone first: wrapped in \b(?:…)\b, an unbalanced ")" could otherwise still parse.
        try
        {
            _ = new Regex(expanded, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw Fail(id, $"{label}: \"pattern\" is not a valid regex: {ex.Message}", ex);
        }

        Regex regex;
        try
        {
            regex = new Regex(@"\b(?:" + expanded + @")\b", PhraseRuleSet.PatternOptions);
        }
        catch (NotSupportedException ex)
        {
            throw Fail(id, $"{label}: \"pattern\" cannot be compiled by the linear-time (NonBacktracking) engine, which does not "
                + $"support lookarounds, backreferences, atomic groups or conditionals and limits the automaton size: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw Fail(id, $"{label}: \"pattern\" is not a valid regex: {ex.Message}", ex);
        }

        foreach (var match in regex.EnumerateMatches("a"))
        {
            if (match.Length == 0)
            {
                throw Fail(id, $"{label}: \"pattern\" can match empty text; every hit must cover at least one word");
            }
        }

        return regex;
    }

    private static double ReadWeight(Dictionary<string, JsonElement> properties, string label, string id)
    {
        if (!properties.TryGetValue("weight", out var element) || element.ValueKind != JsonValueKind.Number)
        {
            throw Fail(id, $"{label}: \"weight\" is missing or not a number");
        }

        var weight = element.GetDouble();
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw Fail(id, $"{label}: weight {element.GetRawText()} must be greater than 0 (log-odds a hit adds to the root cause)");
        }

        if (weight > PhraseRuleSet.MaxWeight)
        {
            throw Fail(id, $"{label}: weight {element.GetRawText()} is too large; at most "
                + $"{PhraseRuleSet.MaxWeight.ToString(CultureInfo.InvariantCulture)} (typically 0.5 to 3)");
        }

        return weight;
    }

    private static Speaker[]? ReadSpeakers(Dictionary<string, JsonElement> properties, string label, string id)
    {
        if (!properties.TryGetValue("speakers", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var names = ReadStrings(element, id, $"{label}: \"speakers\"");
        if (names.Count == 0)
        {
            throw Fail(id, $"{label}: \"speakers\" is empty; omit it (or use null) for any speaker");
        }

        var speakers = new List<Speaker>(names.Count);
        foreach (var name in names)
        {
            if (!SpeakerNames.TryParse(name, out var speaker))
            {
                throw Fail(id, $"{label}: unknown speaker '{name}' (allowed: agent, customer, ivr, system)");
            }

            if (!speakers.Contains(speaker))
            {
                speakers.Add(speaker);
            }
        }

        return [.. speakers];
    }

    private static string RequiredString(Dictionary<string, JsonElement> properties, string key, string label, string id)
    {
        if (!properties.TryGetValue(key, out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw Fail(id, $"{label}: \"{key}\" is missing or not a string");
        }

        return element.GetString()!;
    }

    private static List<string> ReadStrings(JsonElement element, string? id, string what)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Fail(id, $"{what} must be an array of strings");
        }

        var values = new List<string>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Fail(id, $"{what} must be an array of strings");
            }

            values.Add(item.GetString()!);
        }

        return values;
    }

    /// <summary>The object's properties by name; an unknown or repeated key is an error (it is usually a typo).</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element, string[] known, string label, string? id = null)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                throw Fail(id, $"{label}: unknown key \"{property.Name}\" (known: {string.Join(", ", known)})");
            }

            if (!properties.TryAdd(property.Name, property.Value))
            {
                throw Fail(id, $"{label}: key \"{property.Name}\" appears twice");
            }
        }

        return properties;
    }

    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static PhraseRuleFormatException Fail(string? id, string message, Exception? inner = null)
    {
        // Messages read as one sentence: "Rule 'ivr.hold': weight 0 must be greater than 0".
        var sentence = char.ToUpperInvariant(message[0]) + message[1..];
        return new PhraseRuleFormatException(id, sentence, inner);
    }
}
