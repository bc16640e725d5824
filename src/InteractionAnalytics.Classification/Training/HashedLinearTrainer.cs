using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace InteractionAnalytics.Classification.Training;

/// <summary>
/// Trains a <see cref="LinearClassifierModel"/> with ML.NET on the vectors of our own <see cref="TextFeaturizer"/>, then
/// copies ML.NET's weights and biases into the runtime model. Because the features come from the same featurizer and
/// the model family is the same (softmax over w·x + b), our scorer reproduces ML.NET's probabilities; the parity test
/// checks that on 1,000 texts.
/// </summary>
public sealed class HashedLinearTrainer
{
    private const string LabelKey = "LabelKey";

    private readonly LinearTrainerOptions _options;
    private readonly TextFeaturizer _featurizer;

    /// <summary>Creates a trainer.</summary>
    public HashedLinearTrainer(LinearTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _featurizer = new TextFeaturizer(options.Featurizer);
    }

    /// <summary>The options trained with.</summary>
    public LinearTrainerOptions Options => _options;

    /// <summary>
    /// Trains on <paramref name="examples"/>, in the order given (ML.NET needs the same order to reproduce a model).
    /// The model's classes are <paramref name="labels"/> in that order.
    /// </summary>
    /// <exception cref="ArgumentException">An example's label is not in <paramref name="labels"/>, or there are no examples.</exception>
    public TrainedLinearModel Train(IReadOnlyList<string> labels, IEnumerable<TrainingExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(examples);
        var known = new HashSet<string>(labels, StringComparer.Ordinal);
        var rows = new List<HashedFeatureRow>();
        var builder = new FeatureVectorBuilder(_featurizer.BucketCount);
        foreach (var example in examples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!known.Contains(example.Label))
            {
                throw new ArgumentException($"Example label '{example.Label}' is not one of the model's labels.", nameof(examples));
            }

            rows.Add(new HashedFeatureRow { Label = example.Label, Features = Featurize(example.Text, builder), Weight = example.Weight });
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException("There is nothing to train on.", nameof(examples));
        }

        var ml = new MLContext(seed: _options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows, RowSchema(_featurizer.BucketCount));
        var keyData = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelRow { Label = l }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(HashedFeatureRow.Label), keyData: keyData)
            .AppendCacheCheckpoint(ml)
            .Append(CreateTrainer(ml));
        var fitted = pipeline.Fit(data);
        var parameters = fitted.LastTransformer.Model;

        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classCount);
        var biases = parameters.GetBiases().ToArray();
        if (classCount != labels.Count || biases.Length != labels.Count)
        {
            throw new InvalidOperationException($"ML.NET returned {classCount} classes for {labels.Count} labels.");
        }

        var weights = new float[(long)_featurizer.BucketCount * classCount];
        var nonZero = 0;
        for (var c = 0; c < classCount; c++)
        {
            foreach (var (index, value) in classWeights[c].Items())
            {
                if (value != 0f)
                {
                    weights[(index * classCount) + c] = value;
                    nonZero++;
                }
            }
        }

        var model = new LinearClassifierModel(labels, _options.Featurizer, weights, biases);
        return new TrainedLinearModel(model, fitted, rows.Count, nonZero);
    }

    /// <summary>
    /// Scores texts with ML.NET's own transform of a trained model and returns each text's probabilities in label order.
    /// Used by the parity test and the evaluation; not a runtime path.
    /// </summary>
    public IReadOnlyList<float[]> ScoreWithMlNet(TrainedLinearModel trained, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new FeatureVectorBuilder(_featurizer.BucketCount);
        var label = trained.Model.Labels[0];
        var rows = texts.Select(t => new HashedFeatureRow { Label = label, Features = Featurize(t, builder) }).ToList();
        var ml = new MLContext(seed: _options.Seed);
        var scored = trained.MlNetModel.Transform(ml.Data.LoadFromEnumerable(rows, RowSchema(_featurizer.BucketCount)));
        return scored.GetColumn<float[]>("Score").ToList();
    }

    private VBuffer<float> Featurize(string text, FeatureVectorBuilder builder)
    {
        builder.Reset();
        var sink = new VectorBuilderSink(builder);
        _featurizer.Featurize(text, ref sink);
        var indices = new int[builder.Count];
        var values = new float[builder.Count];
        builder.CopyNormalised(indices, values);
        return new VBuffer<float>(builder.Dimensions, builder.Count, values, indices);
    }

    private static SchemaDefinition RowSchema(int dimensions)
    {
        var schema = SchemaDefinition.Create(typeof(HashedFeatureRow));
        schema[nameof(HashedFeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        return schema;
    }

    private IEstimator<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> CreateTrainer(MLContext ml) =>
        _options.Trainer switch
        {
            LinearTrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = nameof(HashedFeatureRow.Features),
                ExampleWeightColumnName = nameof(HashedFeatureRow.Weight),
                L2Regularization = _options.SdcaL2Regularization,
                MaximumNumberOfIterations = _options.MaximumIterations,
                NumberOfThreads = 1,
            }),
            _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = nameof(HashedFeatureRow.Features),
                ExampleWeightColumnName = nameof(HashedFeatureRow.Weight),
                L1Regularization = _options.L1Regularization,
                L2Regularization = _options.L2Regularization,
                MaximumNumberOfIterations = _options.MaximumIterations,
                NumberOfThreads = 1,
            }),
        };
}
