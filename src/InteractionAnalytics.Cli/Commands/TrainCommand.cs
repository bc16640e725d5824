using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Classification.Models;
using InteractionAnalytics.Classification.Training;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia train</c>: trains the intent and root-cause models from the public data (and corrections) into a model file.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new LinearTrainerOptions();
        var data = CommonOptions.Data();
        var output = new Option<string>("--out") { Description = "The model file to write (replaced if it exists).", Required = true, HelpName = "file" };
        var taxonomy = CommonOptions.Taxonomy();
        var seed = new Option<int>("--seed") { Description = $"Training seed; the same data, options and seed give a byte-identical model (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed };
        var bucketBits = new Option<int>("--bucket-bits") { Description = $"log2 of the feature hash buckets, 10..24 (default {defaults.Featurizer.BucketBits}).", DefaultValueFactory = _ => defaults.Featurizer.BucketBits };
        var trainer = new Option<string>("--trainer") { Description = "lbfgs (default; L1 keeps the model small) or sdca.", DefaultValueFactory = _ => "lbfgs" };
        trainer.AcceptOnlyFromAmong("lbfgs", "sdca");
        var l1 = new Option<float>("--l1") { Description = $"L1 regularisation (lbfgs; larger = sparser, smaller model; default {defaults.L1Regularization.ToString(CultureInfo.InvariantCulture)}).", DefaultValueFactory = _ => defaults.L1Regularization };
        var l2 = new Option<float>("--l2") { Description = $"L2 regularisation (default {defaults.L2Regularization.ToString(CultureInfo.InvariantCulture)} for lbfgs, {defaults.SdcaL2Regularization.ToString(CultureInfo.InvariantCulture)} for sdca).", DefaultValueFactory = _ => defaults.L2Regularization };
        var iterations = new Option<int>("--iterations") { Description = $"Maximum optimiser iterations (default {defaults.MaximumIterations}).", DefaultValueFactory = _ => defaults.MaximumIterations };
        var db = CommonOptions.Database();
        var corrections = new Option<bool>("--include-corrections") { Description = "Also train on supervisors' corrections stored in --db (each weighs 3 public examples)." };
        var holdout = new Option<int>("--holdout-percent")
        {
            Description = $"With --include-corrections: keep this share of corrected contacts (0..{CorrectionHoldout.MaximumPercent}, chosen by a hash of the call id) out of training, so ia evaluate --corrections can score the model on corrections it has not seen (default 0).",
            HelpName = "percent",
        };
        holdout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > CorrectionHoldout.MaximumPercent)
            {
                r.AddError($"--holdout-percent must be from 0 to {CorrectionHoldout.MaximumPercent}.");
            }
        });

        var command = new Command("train", "Train the intent and root-cause models from the public data (../shared/data) and, optionally, supervisors' corrections.")
        {
            data, output, taxonomy, seed, bucketBits, trainer, l1, l2, iterations, db, corrections, holdout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var logger = context.Logging.CreateLogger("ia.train");
            var clock = Stopwatch.StartNew();
            try
            {
                var tax = ClassifierFactory.LoadTaxonomy(parse.GetValue(taxonomy));
                var dataSet = PublicDataSet.Load(parse.GetRequiredValue(data), logger);
                IReadOnlyList<CorrectedContact> stored = [];
                if (parse.GetValue(corrections))
                {
                    await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
                    stored = await database.Classifications.GetCorrectedContactsAsync(cancellationToken);
                }

                var heldOut = new CorrectionHoldout(parse.GetValue(holdout));
                var kept = stored.Where(c => !heldOut.IsHeldOut(c.CallId)).ToList();
                if (kept.Count < stored.Count)
                {
                    await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"held out {stored.Count - kept.Count} of {stored.Count} corrected contacts ({heldOut.Percent}%) for ia evaluate --corrections"));
                }

                stored = kept;

                var corpus = TrainingCorpus.Build(dataSet, tax, stored);
                foreach (var (reason, count) in corpus.Skipped.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    await context.Error.WriteLineAsync($"skipped {count} rows: {reason}");
                }

                var options = new LinearTrainerOptions
                {
                    Seed = parse.GetValue(seed),
                    Featurizer = new FeaturizerOptions { BucketBits = parse.GetValue(bucketBits) },
                    Trainer = parse.GetValue(trainer) == "sdca" ? LinearTrainerKind.Sdca : LinearTrainerKind.Lbfgs,
                    L1Regularization = parse.GetValue(l1),
                    L2Regularization = parse.GetValue(l2),
                    SdcaL2Regularization = parse.GetResult(l2) is { Implicit: false } ? parse.GetValue(l2) : defaults.SdcaL2Regularization,
                    MaximumIterations = parse.GetValue(iterations),
                };
                var trained = new ClassifierTrainer(options, logger).Train(corpus, cancellationToken);
                var path = parse.GetRequiredValue(output);
                var directory = Path.GetDirectoryName(Path.GetFullPath(path));
                if (directory is not null)
                {
                    Directory.CreateDirectory(directory);
                }

                // Only when something was held out, so the default model's file stays byte-identical when retrained.
                var metadata = new Dictionary<string, string>(trained.Metadata, StringComparer.Ordinal);
                if (heldOut.Percent > 0)
                {
                    metadata[CorrectionHoldout.MetadataKey] = heldOut.Percent.ToString(CultureInfo.InvariantCulture);
                }

                var version = ModelFile.Write(path, trained.Intent, trained.RootCause, metadata);
                var size = new FileInfo(path).Length;
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {path}: model {version}, {size / 1024.0:0} KiB, {corpus.IntentTrain.Count} intent and {corpus.RootCauseTrain.Count} root-cause examples, {corpus.Corrections} corrections, {clock.Elapsed.TotalSeconds:0.0} s"));
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
}
