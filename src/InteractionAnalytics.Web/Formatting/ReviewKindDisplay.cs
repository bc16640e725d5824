using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>How the review queue's flags read on the page.</summary>
internal static class ReviewKindDisplay
{
    /// <summary>A short label for <paramref name="flag"/>.</summary>
    public static string Label(ReviewKind flag) => flag switch
    {
        ReviewKind.LowConfidence => "low confidence",
        ReviewKind.RulesVsModel => "rules vs model",
        ReviewKind.SpeakerRoles => "speaker roles",
        _ => flag.ToString(),
    };
}
