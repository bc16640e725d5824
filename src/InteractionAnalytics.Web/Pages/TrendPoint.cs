namespace InteractionAnalytics.Web.Pages;

/// <summary>One day of a trend chart and where it is drawn.</summary>
/// <param name="Day">The local date, yyyy-MM-dd.</param>
/// <param name="Value">The day's value.</param>
/// <param name="Text">The value as the page writes it.</param>
/// <param name="X">The x coordinate in the view box, invariant.</param>
/// <param name="Y">The y coordinate in the view box, invariant.</param>
public sealed record TrendPoint(string Day, double Value, string Text, string X, string Y);
