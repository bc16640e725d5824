using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Classification.Training;

/// <summary>
/// The examples both models are trained and calibrated on, built from the public data and the label maps
/// (docs/classification.md, "Training data"):
/// <list type="bullet">
/// <item>Intent: every training-split utterance with its mapped intent; MultiDoGO customer turns that are not a contact
/// reason (greetings, confirmations, answers) are the <c>_no_reason</c> class.</item>
/// <item>Root cause (weak supervision): the same utterances labelled with their label map's <c>root_cause_hint</c>, or
/// the taxonomy's no-failure root cause when the hint is empty.</item>
/// <item>The taxonomy's own example phrasings of each intent and root cause weigh <see cref="TaxonomyExampleWeight"/>;
/// examples of the fallback intent weigh <see cref="FallbackIntentWeight"/>.</item>
/// <item>Supervisor corrections, when given, weigh <see cref="CorrectionWeight"/> each.</item>
/// </list>
/// Rows whose label is not in the taxonomy are counted in <see cref="Skipped"/>, never guessed.
/// </summary>
public sealed class TrainingCorpus
{
    /// <summary>Weight of one supervisor correction relative to one public example.</summary>
    public const float CorrectionWeight = 3f;

    /// <summary>Weight of a taxonomy's own example phrasing (its definition by example).</summary>
    public const float TaxonomyExampleWeight = 3f;

    /// <summary>
    /// Weight of an example labelled with the fallback intent (<c>other</c>). CLINC150 contributes about 12,000 such
    /// examples from domains no contact center serves (travel, cooking, small talk); at full weight their everyday words
    /// ("cancel", "like", "please") pull ordinary customer-service requests to <c>other</c>.
    /// </summary>
    public const float FallbackIntentWeight = 0.3f;

    private TrainingCorpus(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        IntentLabels = [.. taxonomy.IntentIds, ClassifierModels.NoReasonLabel];
        RootCauseLabels = taxonomy.RootCauseIds;
    }

    /// <summary>The taxonomy labels come from.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>Intent model classes: the taxonomy's intents, then <c>_no_reason</c>.</summary>
    public IReadOnlyList<string> IntentLabels { get; }

    /// <summary>Root-cause model classes: the taxonomy's root causes.</summary>
    public IReadOnlyList<string> RootCauseLabels { get; }

    /// <summary>Intent training examples, in a fixed order.</summary>
    public List<TrainingExample> IntentTrain { get; } = [];

    /// <summary>Intent calibration examples (dev splits).</summary>
    public List<TrainingExample> IntentDev { get; } = [];

    /// <summary>Root-cause training examples.</summary>
    public List<TrainingExample> RootCauseTrain { get; } = [];

    /// <summary>Root-cause calibration examples.</summary>
    public List<TrainingExample> RootCauseDev { get; } = [];

    /// <summary>Corrections included.</summary>
    public int Corrections { get; private set; }

    /// <summary>Rows left out, by reason.</summary>
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds the corpus from <paramref name="data"/>. <paramref name="excludeDomain"/> leaves one MultiDoGO domain out
    /// of training and calibration (the cross-domain evaluation).
    /// </summary>
    public static TrainingCorpus Build(
        PublicDataSet data, Taxonomy taxonomy, IEnumerable<CorrectedContact>? corrections = null, string? excludeDomain = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var corpus = new TrainingCorpus(taxonomy);
        foreach (var u in data.Utterances)
        {
            if (u.Split == TrainingSplit.Test)
            {
                continue;
            }

            if (excludeDomain is not null && u.Source == DataSourceNames.MultiDogo && u.Domain == excludeDomain)
            {
                continue;
            }

            corpus.Add(u);
        }

        foreach (var label in taxonomy.Intents)
        {
            corpus.IntentTrain.AddRange(label.Examples.Select(e => new TrainingExample(e, label.Id, TaxonomyExampleWeight)));
        }

        foreach (var label in taxonomy.RootCauses)
        {
            corpus.RootCauseTrain.AddRange(label.Examples.Select(e => new TrainingExample(e, label.Id, TaxonomyExampleWeight)));
        }

        foreach (var correction in corrections ?? [])
        {
            corpus.AddCorrection(correction);
        }

        return corpus;
    }

    /// <summary>The text a conversation-level example trains on: the customer's turns (or all turns when none is marked).</summary>
    public static string CustomerText(IReadOnlyList<Turn> turns, int maxTurns)
    {
        var customer = turns.Where(t => t.Speaker == Speaker.Customer).Take(maxTurns).Select(t => t.Text).ToList();
        return string.Join(" ", customer.Count > 0 ? customer : turns.Take(maxTurns).Select(t => t.Text));
    }

    private void Add(LabeledUtterance u)
    {
        if (string.IsNullOrWhiteSpace(u.Text))
        {
            Skip("empty text");
            return;
        }

        var dev = u.Split == TrainingSplit.Dev;
        var intent = u.Intent ?? ClassifierModels.NoReasonLabel;
        if (u.Intent is not null && !Taxonomy.IsIntent(u.Intent))
        {
            Skip($"intent '{u.Intent}' not in the taxonomy");
        }
        else
        {
            (dev ? IntentDev : IntentTrain).Add(new TrainingExample(u.Text, intent, intent == Taxonomy.FallbackIntent && !dev ? FallbackIntentWeight : 1f));
        }

        var cause = string.IsNullOrEmpty(u.RootCauseHint) ? Taxonomy.NoFailureRootCause : u.RootCauseHint;
        if (!Taxonomy.IsRootCause(cause))
        {
            Skip($"root cause '{cause}' not in the taxonomy");
        }
        else
        {
            (dev ? RootCauseDev : RootCauseTrain).Add(new TrainingExample(u.Text, cause));
        }
    }

    private void AddCorrection(CorrectedContact correction)
    {
        var added = false;
        if (correction.Intent is { } intent)
        {
            if (Taxonomy.IsIntent(intent))
            {
                IntentTrain.Add(new TrainingExample(CustomerText(correction.Turns, 3), intent, CorrectionWeight));
                added = true;
            }
            else
            {
                Skip($"correction intent '{intent}' not in the taxonomy");
            }
        }

        if (correction.RootCause is { } cause)
        {
            if (Taxonomy.IsRootCause(cause))
            {
                RootCauseTrain.Add(new TrainingExample(CustomerText(correction.Turns, int.MaxValue), cause, CorrectionWeight));
                added = true;
            }
            else
            {
                Skip($"correction root cause '{cause}' not in the taxonomy");
            }
        }

        if (added)
        {
            Corrections++;
        }
    }

    private void Skip(string reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;
}
