using InteractionAnalytics.Classification.Training;
using Microsoft.ML;

namespace InteractionAnalytics.Classification.Baseline;

/// <summary>
/// The obvious alternative we measure ourselves against: ML.NET's own text pipeline as the ML.NET samples build it,
/// <c>MapValueToKey → FeaturizeText → SdcaMaximumEntropy</c> (STYLE.md §6), trained on the same examples with the
/// same example weights.
/// </summary>
public sealed class MlNetBaseline
{
    private readonly MLContext _ml;

    private MlNetBaseline(MLContext ml, ITransformer model, IReadOnlyList<string> labels)
    {
        _ml = ml;
        Model = model;
        Labels = labels;
    }

    /// <summary>The trained ML.NET pipeline.</summary>
    public ITransformer Model { get; }

    /// <summary>Labels in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Trains the baseline with seed <paramref name="seed"/>; classes are <paramref name="labels"/> in that order.</summary>
    public static MlNetBaseline Train(IReadOnlyList<string> labels, IEnumerable<TrainingExample> examples, int seed = 1, int maximumIterations = 30)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed);
        var rows = examples.Select(e => new BaselineRow { Text = e.Text, Label = e.Label, Weight = e.Weight }).ToList();
        var keyData = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelRow { Label = l }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(BaselineRow.Label), keyData: keyData)
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(BaselineRow.Text)))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(BaselineRow.Weight),
                MaximumNumberOfIterations = maximumIterations,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
        return new MlNetBaseline(ml, model, [.. labels]);
    }

    /// <summary>Scores many texts in one batch (<c>Transform</c>), returning each text's probabilities in label order.</summary>
    public IReadOnlyList<float[]> ScoreBatch(IEnumerable<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(t => new BaselineRow { Text = t }));
        return [.. _ml.Data.CreateEnumerable<BaselinePrediction>(Model.Transform(data), reuseRowObject: false).Select(p => p.Score)];
    }

    /// <summary>A PredictionEngine over the baseline, the usual way to score one text at a time (not thread-safe).</summary>
    public PredictionEngine<BaselineRow, BaselinePrediction> CreatePredictionEngine() =>
        _ml.Model.CreatePredictionEngine<BaselineRow, BaselinePrediction>(Model);
}
