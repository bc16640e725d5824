using System.Diagnostics.CodeAnalysis;

namespace InteractionAnalytics.Storage.Browsing;

/// <summary>The names of <see cref="ReviewKind"/> in URLs and documents: <c>low_confidence</c>, <c>rules_vs_model</c>, <c>speaker_roles</c>.</summary>
public static class ReviewKindNames
{
    /// <summary>Every flag with its name, in display order.</summary>
    public static IReadOnlyList<(ReviewKind Kind, string Name)> All { get; } =
    [
        (ReviewKind.LowConfidence, "low_confidence"),
        (ReviewKind.RulesVsModel, "rules_vs_model"),
        (ReviewKind.SpeakerRoles, "speaker_roles"),
    ];

    /// <summary>The name of <paramref name="flag"/>.</summary>
    public static string Name(ReviewKind flag) => All.First(f => f.Kind == flag).Name;

    /// <summary>Parses a name (exact, lower case); <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ReviewKind? flag)
    {
        foreach (var (f, n) in All)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                flag = f;
                return true;
            }
        }

        flag = null;
        return false;
    }
}
