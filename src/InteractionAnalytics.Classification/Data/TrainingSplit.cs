namespace InteractionAnalytics.Classification.Data;

/// <summary>Which part of a public data set a row comes from.</summary>
public enum TrainingSplit
{
    /// <summary>Training rows.</summary>
    Train,

    /// <summary>Development / validation rows, used for calibration and model selection.</summary>
    Dev,

    /// <summary>Held-out test rows, used only by <c>ia evaluate</c>.</summary>
    Test,
}
