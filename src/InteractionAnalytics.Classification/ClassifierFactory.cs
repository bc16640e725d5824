using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Classification.Models;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Classification.Taxonomies;

namespace InteractionAnalytics.Classification;

/// <summary>
/// Loads the taxonomy, phrase rules and model (each from a file, or the embedded default when no path is given) and
/// composes a <see cref="ConversationClassifier"/>. Every load error is a <see cref="ClassifierSetupException"/> that
/// names the file and the problem.
/// </summary>
public static class ClassifierFactory
{
    /// <summary>Loads a taxonomy file, or the default taxonomy when <paramref name="path"/> is null.</summary>
    public static Taxonomy LoadTaxonomy(string? path) =>
        Load(path, DefaultResources.TaxonomyFileName, Taxonomy.Parse);

    /// <summary>Loads a phrase-rule file, or the default rules, checking root causes against <paramref name="taxonomy"/>.</summary>
    public static PhraseRuleSet LoadRules(string? path, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return Load(path, DefaultResources.RootCauseRulesFileName, json => PhraseRuleSet.Parse(json, [.. taxonomy.RootCauseIds]));
    }

    /// <summary>Loads a model file, or the committed default model.</summary>
    public static ClassifierModels LoadModels(string? path)
    {
        try
        {
            if (path is null)
            {
                using var stream = DefaultResources.Open(DefaultResources.ModelFileName);
                return ModelFile.Read(stream);
            }

            return ModelFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            throw new ClassifierSetupException($"Cannot load the model {path ?? "(default)"}: {e.Message}", e);
        }
    }

    /// <summary>Composes a classifier from files (or defaults).</summary>
    public static ConversationClassifier Create(
        string? modelPath = null, string? taxonomyPath = null, string? rulesPath = null, ConversationScoringOptions? options = null)
    {
        var taxonomy = LoadTaxonomy(taxonomyPath);
        var rules = LoadRules(rulesPath, taxonomy);
        var models = LoadModels(modelPath);
        try
        {
            return new ConversationClassifier(models, rules, taxonomy, options);
        }
        catch (ArgumentException e)
        {
            throw new ClassifierSetupException(e.Message, e);
        }
    }

    private static T Load<T>(string? path, string defaultName, Func<string, T> parse)
    {
        string text;
        try
        {
            text = path is null ? DefaultResources.ReadText(defaultName) : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierSetupException($"Cannot read {path}: {e.Message}", e);
        }

        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is TaxonomyFormatException or PhraseRuleFormatException)
        {
            throw new ClassifierSetupException($"{path ?? defaultName + " (default)"}: {e.Message}", e);
        }
    }
}
