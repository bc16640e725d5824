using InteractionAnalytics.Core.Classification.Scoring;
using Microsoft.ML;

namespace InteractionAnalytics.Classification.Training;

/// <summary>The result of <see cref="HashedLinearTrainer.Train"/>: our runtime model and the ML.NET model it was copied from.</summary>
public sealed class TrainedLinearModel
{
    internal TrainedLinearModel(LinearClassifierModel model, ITransformer mlNetModel, int exampleCount, int nonZeroWeights)
    {
        Model = model;
        MlNetModel = mlNetModel;
        ExampleCount = exampleCount;
        NonZeroWeights = nonZeroWeights;
    }

    /// <summary>The runtime model (weights and biases copied from ML.NET, temperature 1).</summary>
    public LinearClassifierModel Model { get; }

    /// <summary>ML.NET's own trained transformer (label-to-key mapping and the maximum-entropy predictor).</summary>
    public ITransformer MlNetModel { get; }

    /// <summary>Examples trained on.</summary>
    public int ExampleCount { get; }

    /// <summary>Weights that are not exactly zero.</summary>
    public int NonZeroWeights { get; }
}
