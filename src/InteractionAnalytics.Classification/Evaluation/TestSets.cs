using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Core.Classification.Taxonomies;

namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>The public test splits, mapped to the taxonomy (bitext is augmentation only and never a test set).</summary>
public static class TestSets
{
    /// <summary>Customer turns of a MultiDoGO conversation that are scored, as in the runtime scorer's default.</summary>
    public const int ConversationTurns = 6;

    /// <summary>Intent test sets: Banking77 test, CLINC150 test (with out-of-scope as other), MultiDoGO test conversations.</summary>
    public static IReadOnlyList<EvaluationSet> Intent(PublicDataSet data, Taxonomy taxonomy, string? onlyDomain = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var sets = new List<EvaluationSet>();
        if (onlyDomain is null)
        {
            foreach (var source in new[] { DataSourceNames.Banking77, DataSourceNames.Clinc150 })
            {
                sets.Add(new EvaluationSet($"{source} test", [.. data.Utterances
                    .Where(u => u.Source == source && u.Split == TrainingSplit.Test && u.Intent is { } i && taxonomy.IsIntent(i))
                    .Select(u => new EvaluationItem([u.Text], u.Intent!))]));
            }
        }

        sets.Add(new EvaluationSet(
            onlyDomain is null ? "multidogo test (conversations)" : $"multidogo {onlyDomain} test (conversations, domain unseen)",
            [.. Conversations(data, taxonomy, onlyDomain).Select(c => new EvaluationItem(c.Turns, c.Intent))]));
        return sets;
    }

    /// <summary>
    /// Root-cause test sets with weak labels (the label map's root_cause_hint, else the no-failure root cause): the same
    /// utterances and conversations. Weak labels are not ground truth; read the numbers as agreement with the hints.
    /// </summary>
    public static IReadOnlyList<EvaluationSet> RootCause(PublicDataSet data, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(taxonomy);
        string Hint(string? hint) => string.IsNullOrEmpty(hint) ? taxonomy.NoFailureRootCause : hint;
        var utterances = data.Utterances
            .Where(u => u.Split == TrainingSplit.Test && u.Source is DataSourceNames.Banking77 or DataSourceNames.Clinc150 && u.Intent is not null)
            .Select(u => new EvaluationItem([u.Text], Hint(u.RootCauseHint)));
        var conversations = data.Conversations
            .Where(c => c.Split == TrainingSplit.Test && c.Intent is not null)
            .Select(c => new EvaluationItem([.. c.CustomerTurns.Select(t => t.Text)], Hint(c.RootCauseHint)));
        return [new EvaluationSet("banking77 + clinc150 + multidogo test (weak labels)", [.. utterances, .. conversations])];
    }

    private static IEnumerable<(IReadOnlyList<string> Turns, string Intent)> Conversations(PublicDataSet data, Taxonomy taxonomy, string? onlyDomain) =>
        data.Conversations
            .Where(c => c.Split == TrainingSplit.Test && c.Intent is { } i && taxonomy.IsIntent(i) && (onlyDomain is null || c.Domain == onlyDomain))
            .Select(c => ((IReadOnlyList<string>)[.. c.CustomerTurns.Take(ConversationTurns).Select(t => t.Text)], c.Intent!));
}
