using System.Globalization;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Classification.Training;

/// <summary>Trains and calibrates the intent and root-cause models of a <see cref="TrainingCorpus"/>.</summary>
public sealed partial class ClassifierTrainer
{
    private readonly LinearTrainerOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a trainer.</summary>
    public ClassifierTrainer(LinearTrainerOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _logger = logger;
    }

    /// <summary>Trains both models (deterministic for the options' seed) and fits their temperatures on the dev examples.</summary>
    public TrainedClassifier Train(TrainingCorpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var trainer = new HashedLinearTrainer(_options);

        LogTraining(_logger, "intent", corpus.IntentTrain.Count, corpus.IntentLabels.Count);
        var intent = trainer.Train(corpus.IntentLabels, corpus.IntentTrain, cancellationToken);
        var intentTemperature = TemperatureCalibration.Fit(intent.Model, corpus.IntentDev);
        LogTrained(_logger, "intent", intent.NonZeroWeights, intentTemperature);

        cancellationToken.ThrowIfCancellationRequested();
        LogTraining(_logger, "root cause", corpus.RootCauseTrain.Count, corpus.RootCauseLabels.Count);
        var cause = trainer.Train(corpus.RootCauseLabels, corpus.RootCauseTrain, cancellationToken);
        var causeTemperature = TemperatureCalibration.Fit(cause.Model, corpus.RootCauseDev);
        LogTrained(_logger, "root cause", cause.NonZeroWeights, causeTemperature);

        var inv = CultureInfo.InvariantCulture;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["trainer"] = _options.Trainer.ToString(),
            ["seed"] = _options.Seed.ToString(inv),
            ["l1"] = _options.L1Regularization.ToString("R", inv),
            ["l2"] = _options.L2Regularization.ToString("R", inv),
            ["iterations"] = _options.MaximumIterations.ToString(inv),
            ["intent_examples"] = corpus.IntentTrain.Count.ToString(inv),
            ["intent_dev_examples"] = corpus.IntentDev.Count.ToString(inv),
            ["root_cause_examples"] = corpus.RootCauseTrain.Count.ToString(inv),
            ["root_cause_dev_examples"] = corpus.RootCauseDev.Count.ToString(inv),
            ["corrections"] = corpus.Corrections.ToString(inv),
            ["intent_temperature"] = intentTemperature.ToString("R", inv),
            ["root_cause_temperature"] = causeTemperature.ToString("R", inv),
        };
        return new TrainedClassifier(intent.Model.WithTemperature(intentTemperature), cause.Model.WithTemperature(causeTemperature), metadata);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training the {Model} model on {Examples} examples, {Classes} classes")]
    private static partial void LogTraining(ILogger logger, string model, int examples, int classes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trained the {Model} model: {NonZero} non-zero weights, temperature {Temperature}")]
    private static partial void LogTrained(ILogger logger, string model, int nonZero, float temperature);
}
