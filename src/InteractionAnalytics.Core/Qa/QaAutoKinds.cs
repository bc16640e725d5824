namespace InteractionAnalytics.Core.Qa;

/// <summary>The names of <see cref="QaAutoKind"/> as a form's <c>auto</c> and the QA cue rules' <c>root_cause</c> write them.</summary>
public static class QaAutoKinds
{
    /// <summary>Every kind with its name, in definition order.</summary>
    public static IReadOnlyList<(QaAutoKind Kind, string Name)> All { get; } =
    [
        (QaAutoKind.Greeting, "greeting"),
        (QaAutoKind.IdentityVerification, "identity_verification"),
        (QaAutoKind.Empathy, "empathy"),
        (QaAutoKind.Recap, "recap"),
        (QaAutoKind.Closing, "closing"),
    ];

    /// <summary>Every name: greeting, identity_verification, empathy, recap, closing.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(a => a.Name)];

    /// <summary>The name of <paramref name="kind"/>, e.g. <c>identity_verification</c>.</summary>
    public static string Name(QaAutoKind kind) =>
        All.FirstOrDefault(a => a.Kind == kind).Name ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown automatic item.");

    /// <summary>The kind named <paramref name="name"/> (exact, lower case); <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? name, out QaAutoKind kind)
    {
        foreach (var (k, n) in All)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
