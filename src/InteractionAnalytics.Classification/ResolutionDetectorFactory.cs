using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Resolution;

namespace InteractionAnalytics.Classification;

/// <summary>
/// Loads resolution phrase rules (from a file, or the embedded default <c>Defaults/resolution-rules.json</c> when no
/// path is given) and composes a <see cref="ResolutionDetector"/> (docs/resolution.md). Every load error is a
/// <see cref="ClassifierSetupException"/> that names the file and the problem.
/// </summary>
public static class ResolutionDetectorFactory
{
    /// <summary>The embedded default resolution rules (<c>Defaults/resolution-rules.json</c>).</summary>
    public const string DefaultRulesFileName = "resolution-rules.json";

    /// <summary>Loads a resolution rule file, or the default rules when <paramref name="path"/> is null.</summary>
    /// <exception cref="ClassifierSetupException">The file cannot be read or is not a valid resolution rule file.</exception>
    public static PhraseRuleSet LoadRules(string? path = null)
    {
        string text;
        try
        {
            text = path is null ? DefaultResources.ReadText(DefaultRulesFileName) : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierSetupException($"Cannot read {path}: {e.Message}", e);
        }

        try
        {
            return ResolutionDetector.ParseRules(text);
        }
        catch (PhraseRuleFormatException e)
        {
            throw new ClassifierSetupException($"{path ?? DefaultRulesFileName + " (default)"}: {e.Message}", e);
        }
    }

    /// <summary>Composes a resolution detector from a rule file (or the default rules) and options.</summary>
    /// <param name="rulesPath">A resolution rule file; <see langword="null"/> for the embedded default.</param>
    /// <param name="options">The closing window, decay and threshold; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ClassifierSetupException">The rules cannot be loaded, or an option is out of range.</exception>
    public static ResolutionDetector Create(string? rulesPath = null, ResolutionOptions? options = null)
    {
        var rules = LoadRules(rulesPath);
        try
        {
            return new ResolutionDetector(rules, options);
        }
        catch (ArgumentException e)
        {
            throw new ClassifierSetupException(e.Message, e);
        }
    }
}
