namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>
/// Accuracy on corrected contacts before and after retraining, for one label kind and one subset of the contacts.
/// </summary>
/// <param name="Label"><c>intent</c> or <c>root cause</c>.</param>
/// <param name="Subset"><c>all corrected</c>, <c>held out of training</c> or <c>trained on</c>.</param>
/// <param name="Contacts">Contacts whose label of this kind was corrected, in the subset.</param>
/// <param name="BeforeCorrect">How many of them the model before labelled as the supervisor did.</param>
/// <param name="AfterCorrect">How many of them the model after labels as the supervisor did.</param>
public sealed record CorrectionAccuracy(string Label, string Subset, int Contacts, int BeforeCorrect, int AfterCorrect)
{
    /// <summary>Before accuracy, 0..1; <see langword="null"/> with no contacts.</summary>
    public double? Before => Contacts == 0 ? null : (double)BeforeCorrect / Contacts;

    /// <summary>After accuracy, 0..1; <see langword="null"/> with no contacts.</summary>
    public double? After => Contacts == 0 ? null : (double)AfterCorrect / Contacts;
}
