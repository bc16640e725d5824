namespace InteractionAnalytics.Classification.Baseline;

/// <summary>The input row of the ML.NET baseline: raw text and its label.</summary>
public sealed class BaselineRow
{
    /// <summary>The text.</summary>
    public string Text { get; set; } = "";

    /// <summary>The label (ignored when scoring).</summary>
    public string Label { get; set; } = "";

    /// <summary>The example weight (as in our training), 1 by default.</summary>
    public float Weight { get; set; } = 1f;
}
