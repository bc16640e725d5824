namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>One filter drop-down of the contact list whose values are fixed names shown with labels.</summary>
/// <param name="Label">What the drop-down is labelled.</param>
/// <param name="Name">The query parameter it sets.</param>
/// <param name="Choices">The values offered, each with the text shown for it.</param>
/// <param name="Selected">The value in the query string, if any.</param>
public sealed record ChoiceSelect(string Label, string Name, IReadOnlyList<(string Name, string Label)> Choices, string? Selected);
