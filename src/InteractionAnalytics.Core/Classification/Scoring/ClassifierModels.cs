namespace InteractionAnalytics.Core.Classification.Scoring;

/// <summary>
/// The two trained models a contact is classified with: intent (why the customer called) and root cause (who owns
/// the failure), with the model version stored next to every classification.
/// </summary>
/// <param name="Intent">Intent model; its labels are taxonomy intents plus <see cref="NoReasonLabel"/>.</param>
/// <param name="RootCause">Root-cause model; its labels are taxonomy root causes.</param>
/// <param name="Version">A short content hash of the model file, e.g. "m-3f2a9c01b7de"; identical files share it.</param>
/// <param name="Metadata">How the models were trained (data, seed, options, counts), as written by <c>ia train</c>.</param>
public sealed record ClassifierModels(
    LinearClassifierModel Intent,
    LinearClassifierModel RootCause,
    string Version,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>
    /// The intent model's extra class for customer turns that are not a contact reason (greetings, confirmations,
    /// answers such as a name or an account number). Never returned as a contact's intent. Taxonomy ids may not
    /// start with an underscore, so it cannot collide with one.
    /// </summary>
    public const string NoReasonLabel = "_no_reason";
}
