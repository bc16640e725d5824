namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>A classification and whether a supervisor should review it.</summary>
/// <param name="Classification">The model's classification.</param>
/// <param name="NeedsReview">Whether the contact goes to the review queue.</param>
/// <param name="ReviewReason">Why, when it does (e.g. "intent confidence 0.41 below 0.50").</param>
public sealed record ReviewedClassification(ContactClassification Classification, bool NeedsReview, string? ReviewReason);
