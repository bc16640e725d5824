using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Classification.Training;

/// <summary>Options of <see cref="HashedLinearTrainer"/>; the defaults are the ones the default model is trained with.</summary>
public sealed record LinearTrainerOptions
{
    /// <summary>The featurizer; its options are stored in the model.</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>The ML.NET trainer; default <see cref="LinearTrainerKind.Lbfgs"/>.</summary>
    public LinearTrainerKind Trainer { get; init; } = LinearTrainerKind.Lbfgs;

    /// <summary>
    /// L1 regularisation weight (L-BFGS only; ML.NET sums the loss over examples, so this is per data set, not per
    /// example). Larger gives sparser, smaller models. Default 0.05: measured in docs/evaluation.md against 1e-4 (6.5 MB,
    /// 0.929 pooled accuracy), 0.25 (0.26 MB, 0.922) and 1 (0.1 MB, 0.884).
    /// </summary>
    public float L1Regularization { get; init; } = 0.05f;

    /// <summary>L2 regularisation weight of L-BFGS. Default 0.1.</summary>
    public float L2Regularization { get; init; } = 0.1f;

    /// <summary>L2 regularisation weight of SDCA, whose loss is averaged over examples (so it is on another scale). Default 1e-4.</summary>
    public float SdcaL2Regularization { get; init; } = 1e-4f;

    /// <summary>Maximum optimiser iterations. Default 150.</summary>
    public int MaximumIterations { get; init; } = 150;

    /// <summary>The ML.NET seed; training is deterministic for a seed. Default 1.</summary>
    public int Seed { get; init; } = 1;
}
