using InteractionAnalytics.Core.Classification.Rules;

namespace InteractionAnalytics.Core.Tests.Classification.Rules;

/// <summary>Builds small rule files inline.</summary>
internal static class RuleJson
{
    public static readonly string[] RootCauses = ["agent", "ivr", "process", "billing", "product", "none"];

    /// <summary>One rule object; <paramref name="extra"/> is spliced in as further JSON members.</summary>
    public static string Rule(string id, string rootCause, string pattern, double weight = 1.5, string extra = "")
    {
        var weightText = weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var members = $"\"id\": \"{id}\", \"root_cause\": \"{rootCause}\", \"pattern\": {Quote(pattern)}, \"weight\": {weightText}";
        return "{" + members + (extra.Length > 0 ? ", " + extra : string.Empty) + "}";
    }

    /// <summary>A version-1 file with the given rule objects and optional extra top-level members.</summary>
    public static string FileWith(string extraTopLevel, params string[] rules) =>
        "{\"version\": 1, " + (extraTopLevel.Length > 0 ? extraTopLevel + ", " : string.Empty) + "\"rules\": [" + string.Join(", ", rules) + "]}";

    public static string File(params string[] rules) => FileWith(string.Empty, rules);

    public static PhraseRuleSet Parse(params string[] rules) => PhraseRuleSet.Parse(File(rules), RootCauses);

    /// <summary>A JSON string literal for <paramref name="text"/> (backslashes and quotes escaped).</summary>
    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
