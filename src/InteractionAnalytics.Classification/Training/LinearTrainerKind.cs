namespace InteractionAnalytics.Classification.Training;

/// <summary>The ML.NET maximum-entropy trainer behind a <see cref="HashedLinearTrainer"/>.</summary>
public enum LinearTrainerKind
{
    /// <summary>L-BFGS maximum entropy with L1 and L2 regularisation (sparse weights, so a small model file). The default.</summary>
    Lbfgs,

    /// <summary>Stochastic dual coordinate ascent maximum entropy (L2), one thread for determinism.</summary>
    Sdca,
}
