namespace InteractionAnalytics.Core.Privacy;

/// <summary>
/// Which kinds the redactor replaces. Every kind is always looked for, so that overlaps resolve the same way
/// whatever is enabled (a card is never half-replaced as a phone); a disabled kind is found and left as it is.
/// </summary>
public sealed class RedactionOptions
{
    /// <summary>The option names, in <see cref="PiiKind"/> order: <c>cards</c>, <c>ssn</c>, <c>phone</c>, <c>email</c>, <c>numbers</c>.</summary>
    public static IReadOnlyList<string> KindNames { get; } = ["cards", "ssn", "phone", "email", "numbers"];

    private readonly bool[] _enabled;

    private RedactionOptions(bool[] enabled) => _enabled = enabled;

    /// <summary>Every kind (the default).</summary>
    public static RedactionOptions All { get; } = new([true, true, true, true, true]);

    /// <summary>No kind: texts are stored as read.</summary>
    public static RedactionOptions None { get; } = new([false, false, false, false, false]);

    /// <summary>At least one kind is enabled.</summary>
    public bool IsEnabled => Array.IndexOf(_enabled, true) >= 0;

    /// <summary>Whether <paramref name="kind"/> is replaced.</summary>
    public bool Redacts(PiiKind kind) => _enabled[(int)kind];

    /// <summary>
    /// Parses <c>all</c>, <c>none</c>, or a comma-separated list of <see cref="KindNames"/> (case-insensitive;
    /// <c>card</c>, <c>phones</c>, <c>emails</c>, <c>ssns</c> and <c>number</c> are accepted too).
    /// </summary>
    /// <exception cref="FormatException">An unknown name, or an empty list.</exception>
    public static RedactionOptions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        var enabled = new bool[KindNames.Count];
        var names = trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new FormatException("expected all, none, or a comma-separated list of cards, ssn, phone, email, numbers");
        }

        foreach (var name in names)
        {
            enabled[(int)KindOf(name)] = true;
        }

        return new RedactionOptions(enabled);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Array.TrueForAll(_enabled, e => e))
        {
            return "all";
        }

        return IsEnabled ? string.Join(',', KindNames.Where((_, i) => _enabled[i])) : "none";
    }

    private static PiiKind KindOf(string name) => name.ToUpperInvariant() switch
    {
        "CARDS" or "CARD" => PiiKind.Card,
        "SSN" or "SSNS" => PiiKind.Ssn,
        "PHONE" or "PHONES" => PiiKind.Phone,
        "EMAIL" or "EMAILS" => PiiKind.Email,
        "NUMBERS" or "NUMBER" => PiiKind.SpokenNumber,
        _ => throw new FormatException($"unknown kind '{name}'; expected all, none, or a comma-separated list of cards, ssn, phone, email, numbers"),
    };
}
