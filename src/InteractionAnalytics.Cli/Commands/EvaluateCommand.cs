using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Classification.Baseline;
using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Classification.Evaluation;
using InteractionAnalytics.Classification.Training;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Cli.Commands;

/// <summary>
/// <c>ia evaluate</c>: our model next to the ML.NET baseline on the public test splits, a cross-domain score, and
/// root-cause agreement with the weak labels; or (<c>--corrections</c>) accuracy on supervisors' corrections before and
/// after retraining. Prints Markdown (docs/evaluation.md keeps a run).
/// </summary>
internal static partial class EvaluateCommand
{
    /// <summary>How many uncorrected contacts <c>--corrections</c> rescores to see what else retraining moved.</summary>
    private const int UncorrectedSample = 1000;

    private static readonly string[] Domains = ["airline", "finance", "insurance", "media", "software"];

    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var model = CommonOptions.Model();
        var taxonomy = CommonOptions.Taxonomy();
        var rules = CommonOptions.Rules();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Skip training the ML.NET baseline (FeaturizeText + SdcaMaximumEntropy); faster." };
        var crossDomain = new Option<string>("--cross-domain")
        {
            Description = "MultiDoGO domain left out of training and tested on: airline, finance (default), insurance, media, software, all, or none. Insurance is the only source of the claim intent, so leaving it out tests a class the model never saw.",
            DefaultValueFactory = _ => "finance",
            HelpName = "domain",
        };
        crossDomain.AcceptOnlyFromAmong([.. Domains, "all", "none"]);
        var output = new Option<string?>("--out") { Description = "Also write the Markdown report to this file.", HelpName = "file" };
        var corrections = new Option<bool>("--corrections")
        {
            Description = "Instead of the public test splits: accuracy on the contacts supervisors corrected in --db, before (the stored classification, or --before) and after (--model), the contacts held out of the model's training (ia train --holdout-percent) apart from those it trained on.",
        };
        var db = CommonOptions.Database();
        var before = new Option<string?>("--before")
        {
            Description = "With --corrections: the model file to score as 'before' (default: the classification stored when each contact was ingested).",
            HelpName = "file",
        };

        var command = new Command("evaluate", "Accuracy, macro-F1, per-class precision/recall and confusion matrix on the public test splits, side by side with an ML.NET baseline, plus a cross-domain score; or, with --corrections, accuracy on supervisors' corrections before and after retraining.")
        {
            data, model, taxonomy, rules, noBaseline, crossDomain, output, corrections, db, before,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var logger = context.Logging.CreateLogger("ia.evaluate");
            try
            {
                var classifier = ClassifierFactory.Create(parse.GetValue(model), parse.GetValue(taxonomy), parse.GetValue(rules));
                string report;
                if (parse.GetValue(corrections))
                {
                    var beforeClassifier = parse.GetValue(before) is { } beforePath
                        ? ClassifierFactory.Create(beforePath, parse.GetValue(taxonomy), parse.GetValue(rules))
                        : null;
                    await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
                    report = await EvaluateCorrectionsAsync(database, beforeClassifier, classifier, cancellationToken);
                }
                else
                {
                    var dataSet = PublicDataSet.Load(parse.GetRequiredValue(data), logger);
                    report = Run(classifier, dataSet, !parse.GetValue(noBaseline), parse.GetRequiredValue(crossDomain), logger, cancellationToken);
                }

                await context.Output.WriteAsync(report);
                if (parse.GetValue(output) is { } path)
                {
                    await File.WriteAllTextAsync(path, report, cancellationToken);
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ClassifierSetupException or TrainingDataException or IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static string Run(
        ConversationClassifier classifier, PublicDataSet data, bool baseline, string crossDomain, ILogger logger, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var taxonomy = classifier.Taxonomy;
        var models = classifier.Models;
        var corpus = TrainingCorpus.Build(data, taxonomy);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"# Evaluation of model {models.Version}");
        sb.AppendLine();
        sb.AppendLine("Intent on the public test splits, mapped to the taxonomy. MultiDoGO is scored per conversation (the customer's first six turns,");
        sb.AppendLine("combined as at run time); Banking77 and CLINC150 per utterance (CLINC out-of-scope and non-banking domains are `other`).");
        sb.AppendLine("The ML.NET baseline is `FeaturizeText + SdcaMaximumEntropy` trained on the same examples, its turns combined the same way.");
        sb.AppendLine("ECE is the expected calibration error of the confidence (10 bins; 0 is perfect).");
        sb.AppendLine();

        var ours = Evaluator(models.Intent, taxonomy);
        IntentEvaluator? theirs = null;
        if (baseline)
        {
            LogBaseline(logger, corpus.IntentTrain.Count);
            var trained = MlNetBaseline.Train(corpus.IntentLabels, corpus.IntentTrain);
            theirs = Evaluator(trained, taxonomy);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Each model predicts each test set once; the pooled result reuses those predictions.
        var sets = TestSets.Intent(data, taxonomy);
        var oursBySet = sets.Select(ours.Predict).ToList();
        var theirsBySet = theirs is null ? null : sets.Select(theirs.Predict).ToList();
        var results = sets.Select((set, i) => new ComparedResult(
            set.Name, EvaluationResult.Compute(oursBySet[i]), theirsBySet is null ? null : EvaluationResult.Compute(theirsBySet[i]))).ToList();
        var pooled = new ComparedResult(
            "all test sets pooled",
            EvaluationResult.Compute([.. oursBySet.SelectMany(p => p)], taxonomy.IntentIds),
            theirsBySet is null ? null : EvaluationResult.Compute([.. theirsBySet.SelectMany(p => p)], taxonomy.IntentIds));
        results.Add(pooled);

        sb.AppendLine("## Intent: ours vs ML.NET baseline");
        sb.AppendLine();
        sb.Append(EvaluationMarkdown.Summary(results));
        sb.AppendLine();
        sb.AppendLine("### Per class, all test sets pooled");
        sb.AppendLine();
        sb.Append(EvaluationMarkdown.PerClass(pooled));
        sb.AppendLine();
        sb.AppendLine("### Confusion matrix (ours, all test sets pooled; rows true, columns predicted)");
        sb.AppendLine();
        sb.Append(EvaluationMarkdown.Confusion(pooled.Ours));
        sb.AppendLine();

        if (crossDomain != "none")
        {
            sb.AppendLine("## Cross-domain: MultiDoGO domain left out of training, tested on its test conversations");
            sb.AppendLine();
            var cross = new List<ComparedResult>();
            foreach (var domain in crossDomain == "all" ? Domains : [crossDomain])
            {
                cancellationToken.ThrowIfCancellationRequested();
                LogCrossDomain(logger, domain);
                var without = TrainingCorpus.Build(data, taxonomy, excludeDomain: domain);
                var options = new LinearTrainerOptions
                {
                    Featurizer = models.Intent.Featurizer,
                };
                var trained = new HashedLinearTrainer(options).Train(without.IntentLabels, without.IntentTrain, cancellationToken);
                var calibrated = trained.Model.WithTemperature(TemperatureCalibration.Fit(trained.Model, without.IntentDev));
                var domainBaseline = baseline ? Evaluator(MlNetBaseline.Train(without.IntentLabels, without.IntentTrain), taxonomy) : null;
                var set = TestSets.Intent(data, taxonomy, domain).Single();
                cross.Add(Compare(set, Evaluator(calibrated, taxonomy), domainBaseline));
            }

            sb.Append(EvaluationMarkdown.Summary(cross));
            sb.AppendLine();
        }

        sb.AppendLine("## Root cause: agreement with the weak labels (label maps' root_cause_hint, else none)");
        sb.AppendLine();
        sb.AppendLine("No public set has root-cause labels, so this is agreement with hints derived from intents, not accuracy; the");
        sb.AppendLine("phrase rules (docs/root-cause-rules.md) are built for spoken conversations and rarely fire on these short texts.");
        sb.AppendLine();
        var scorer = classifier.CreateScorer();
        foreach (var set in TestSets.RootCause(data, taxonomy))
        {
            var predictions = set.Items.Select(item =>
            {
                var result = scorer.Classify([.. item.CustomerTurns.Select(t => new Turn(Speaker.Customer, null, null, t))]);
                return new Prediction(item.Expected, result.RootCause, result.RootCauseConfidence);
            }).ToList();
            var evaluated = EvaluationResult.Compute(predictions, taxonomy.RootCauseIds);
            sb.Append(EvaluationMarkdown.Summary([new ComparedResult(set.Name, evaluated, null)]));
            sb.AppendLine();
            sb.Append(EvaluationMarkdown.PerClass(new ComparedResult(set.Name, evaluated, null)));
            sb.AppendLine();
        }

        sb.AppendLine(inv, $"Evaluated in {clock.Elapsed.TotalSeconds:0} s.");
        return sb.ToString();
    }

    /// <summary>
    /// Scores every corrected contact with <paramref name="after"/> and with <paramref name="before"/> (or takes the stored
    /// classification as before), then reports accuracy against the corrections (CorrectionEvaluation).
    /// </summary>
    private static async Task<string> EvaluateCorrectionsAsync(
        InteractionDatabase database, ConversationClassifier? before, ConversationClassifier after, CancellationToken cancellationToken)
    {
        var corrected = await database.Classifications.GetCorrectedContactsAsync(cancellationToken);
        var holdout = new CorrectionHoldout(
            after.Models.Metadata.TryGetValue(CorrectionHoldout.MetadataKey, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
            && percent <= CorrectionHoldout.MaximumPercent
                ? percent
                : 0);
        var afterScorer = after.CreateScorer();
        var beforeScorer = before?.CreateScorer();
        var predictions = new List<CorrectedPrediction>(corrected.Count);
        var unscored = 0;
        foreach (var contact in corrected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ContactClassification? was = beforeScorer is not null
                ? beforeScorer.Classify(contact.Turns)
                : (await database.Classifications.GetAsync(contact.CallId, cancellationToken))?.Classification;
            if (was is null)
            {
                unscored++; // Corrected before it was ever classified (no stored classification): nothing to compare with.
                continue;
            }

            var now = afterScorer.Classify(contact.Turns);
            predictions.Add(new CorrectedPrediction(
                contact.CallId, contact.Intent, contact.RootCause, was.Intent, was.RootCause, now.Intent, now.RootCause, holdout.IsHeldOut(contact.CallId)));
        }

        var beforeName = before is null
            ? "the classification stored when each contact was ingested (the one the supervisor corrected)"
            : $"model {before.Models.Version}";
        var afterName = string.Create(CultureInfo.InvariantCulture,
            $"model {after.Models.Version} ({after.Models.Metadata.GetValueOrDefault("corrections", "0")} corrections in its training, {holdout.Percent}% held out)");
        var sb = new StringBuilder(CorrectionEvaluation.Markdown(CorrectionEvaluation.Compute(predictions), beforeName, afterName));
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{corrected.Count} corrected contacts with a transcript; {unscored} without a stored classification left out.");

        // What retraining moved besides the corrections: nobody reviewed these, so a change is not necessarily an error,
        // but many changes mean the new model differs from the old far beyond what supervisors asked for.
        var uncorrected = await database.Classifications.GetUncorrectedContactsAsync(UncorrectedSample, cancellationToken);
        if (uncorrected.Count > 0)
        {
            var sameIntent = 0;
            var sameCause = 0;
            foreach (var contact in uncorrected)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var now = afterScorer.Classify(contact.Turns);
                sameIntent += now.Intent == contact.Intent ? 1 : 0;
                sameCause += now.RootCause == contact.RootCause ? 1 : 0;
            }

            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"Contacts nobody corrected (the latest {uncorrected.Count}): the after model keeps the stored intent on {sameIntent} ({(double)sameIntent / uncorrected.Count:0.0%}) and the stored root cause on {sameCause} ({(double)sameCause / uncorrected.Count:0.0%}). Nobody reviewed them, so a change is not necessarily an error.");
        }
        if (holdout.Percent == 0)
        {
            sb.AppendLine();
            sb.AppendLine("The after model trained on every correction it was given, so its accuracy on them measures fit, not how it generalises;");
            sb.AppendLine("train with --holdout-percent to keep some corrections out and see both.");
        }

        return sb.ToString();
    }

    private static ComparedResult Compare(EvaluationSet set, IntentEvaluator ours, IntentEvaluator? theirs) =>
        new(set.Name, EvaluationResult.Compute(ours.Predict(set)), theirs is null ? null : EvaluationResult.Compute(theirs.Predict(set)));

    private static IntentEvaluator Evaluator(LinearClassifierModel model, Taxonomy taxonomy)
    {
        var scorer = new TextScorer(model);
        return new IntentEvaluator(model.Labels, model.IndexOf(ClassifierModels.NoReasonLabel), taxonomy.FallbackIntent, texts =>
        {
            var result = new List<float[]>(texts.Count);
            foreach (var text in texts)
            {
                var p = new float[model.ClassCount];
                scorer.Score(text, p);
                result.Add(p);
            }

            return result;
        });
    }

    private static IntentEvaluator Evaluator(MlNetBaseline baseline, Taxonomy taxonomy)
    {
        var noReason = baseline.Labels.ToList().IndexOf(ClassifierModels.NoReasonLabel);
        return new IntentEvaluator(baseline.Labels, noReason, taxonomy.FallbackIntent, baseline.ScoreBatch);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training the ML.NET baseline on {Examples} examples")]
    private static partial void LogBaseline(ILogger logger, int examples);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-domain: training without MultiDoGO {Domain}")]
    private static partial void LogCrossDomain(ILogger logger, string domain);
}
