using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Classification.Taxonomies;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// Classifies whole conversations: intent from the customer's first turns, root cause from the whole conversation
/// (model plus phrase rules). Immutable and thread-safe; each thread scores through its own
/// <see cref="CreateScorer"/>, which owns the reusable buffers.
/// </summary>
public sealed class ConversationClassifier
{
    /// <summary>Creates a classifier and checks that the models, rules and taxonomy fit together.</summary>
    /// <exception cref="ArgumentException">A model label is not in the taxonomy, or a required label is missing.</exception>
    public ConversationClassifier(ClassifierModels models, PhraseRuleSet rules, Taxonomy taxonomy, ConversationScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(taxonomy);
        Models = models;
        Rules = rules;
        Taxonomy = taxonomy;
        Options = options ?? new ConversationScoringOptions();

        var strayIntents = models.Intent.Labels.Where(l => l != ClassifierModels.NoReasonLabel && !taxonomy.IsIntent(l)).ToList();
        if (strayIntents.Count > 0)
        {
            throw new ArgumentException(
                $"The model's intents {string.Join(", ", strayIntents)} are not in the taxonomy; train a model for this taxonomy (ia train --taxonomy).");
        }

        var strayCauses = models.RootCause.Labels.Where(l => !taxonomy.IsRootCause(l)).ToList();
        if (strayCauses.Count > 0)
        {
            throw new ArgumentException(
                $"The model's root causes {string.Join(", ", strayCauses)} are not in the taxonomy; train a model for this taxonomy (ia train --taxonomy).");
        }

        if (models.RootCause.IndexOf(taxonomy.NoFailureRootCause) < 0)
        {
            throw new ArgumentException($"The root-cause model has no '{taxonomy.NoFailureRootCause}' class.");
        }
    }

    /// <summary>The models.</summary>
    public ClassifierModels Models { get; }

    /// <summary>The root-cause phrase rules.</summary>
    public PhraseRuleSet Rules { get; }

    /// <summary>The taxonomy labels come from.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>How turns are combined.</summary>
    public ConversationScoringOptions Options { get; }

    /// <summary>A scorer for one thread.</summary>
    public ConversationScorer CreateScorer() => new(this);
}
