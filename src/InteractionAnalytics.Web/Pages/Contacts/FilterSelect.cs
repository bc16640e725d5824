namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>One filter drop-down of the contact list.</summary>
/// <param name="Label">What the drop-down is labelled.</param>
/// <param name="Name">The query parameter it sets.</param>
/// <param name="Values">The values offered.</param>
/// <param name="Selected">The value in the query string, if any.</param>
public sealed record FilterSelect(string Label, string Name, IReadOnlyList<string> Values, string? Selected);
