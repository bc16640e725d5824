namespace InteractionAnalytics.Classification.Training;

/// <summary>A one-column row listing a label, used to fix ML.NET's label-to-key order to the model's label order.</summary>
internal sealed class LabelRow
{
    /// <summary>The label.</summary>
    public string Label { get; set; } = "";
}
