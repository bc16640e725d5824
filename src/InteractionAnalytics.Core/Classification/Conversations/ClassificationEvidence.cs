namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// A phrase that supported a label: the text, which turn it is in and where (character offsets into that turn's
/// text, end exclusive), and what put it forward (the model, or a phrase rule by id).
/// </summary>
/// <param name="Label">The label supported (an intent or a root-cause id).</param>
/// <param name="Kind"><c>intent</c> or <c>root_cause</c>.</param>
/// <param name="Source"><c>model</c>, or <c>rule:&lt;rule id&gt;</c>.</param>
/// <param name="Text">The phrase as it appears in the turn.</param>
/// <param name="Turn">0-based index of the turn in the conversation.</param>
/// <param name="Start">Offset of the first character in the turn's text (UTF-16 code units, inclusive).</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
/// <param name="Weight">How much it contributed: log-odds for a rule, the first-order contribution to the label's log-probability for the model.</param>
public sealed record ClassificationEvidence(
    string Label, string Kind, string Source, string Text, int Turn, int Start, int End, double Weight)
{
    /// <summary>The <see cref="Kind"/> of intent evidence.</summary>
    public const string IntentKind = "intent";

    /// <summary>The <see cref="Kind"/> of root-cause evidence.</summary>
    public const string RootCauseKind = "root_cause";

    /// <summary>The <see cref="Source"/> of model evidence.</summary>
    public const string ModelSource = "model";
}
