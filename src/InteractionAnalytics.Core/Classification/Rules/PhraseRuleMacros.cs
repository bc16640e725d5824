using System.Text;

namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>
/// The macros a phrase-rule pattern can use as <c>{name}</c>. Each reference is replaced by its expansion wrapped in
/// a non-capturing group <c>(?:…)</c> before the pattern is compiled. A rule file may add its own macros (which may
/// use these and each other) but may not redefine a built-in one. A <c>{</c> followed by a digit stays a regex
/// quantifier (<c>a{2,3}</c>); an escaped <c>\{</c> and anything inside a character class <c>[…]</c> are literal.
/// </summary>
public static class PhraseRuleMacros
{
    // Spoken-number building blocks for {num}.
    private const string Units = "one|two|three|four|five|six|seven|eight|nine";

    private const string Teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    private const string Tens = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>0..99 in words: "seven", "fifteen", "forty five", "forty-five".</summary>
    private const string Small = "(?:(?:" + Tens + ")(?:[ -](?:" + Units + "))?|" + Teens + "|" + Units + "|zero)";

    /// <summary>A spoken number or quantity word: "forty five", "a hundred", "a couple of", "half an".</summary>
    private const string SpokenOne =
        "(?:(?:a|" + Units + ") (?:hundred|thousand)"
        + "|" + Small
        + "|a dozen|dozens of|a million|a bunch of"
        + "|(?:a )?couple(?: of)?|a few|few|several"
        + "|(?:a )?half an?|half|an?)";

    /// <summary>
    /// A spoken number, optionally "and a half", optionally a range ending in 0..99 ("two or three", "seven to ten").
    /// Kept small on purpose: the linear-time engine limits a pattern's automaton size, and rules use this macro often.
    /// </summary>
    private const string Spoken = "(?:" + SpokenOne + "(?: and a half)?(?: (?:or|to) " + Small + ")?)";

    /// <summary>Digits with an optional decimal part, optionally a range ("7 to 10", "7-10", "1.5").</summary>
    private const string Digits = "(?:[0-9]+(?:[.,][0-9]+)?(?: ?(?:-|or|to) ?[0-9]+)?)";

    private const int MaxDepth = 8;

    /// <summary>
    /// The built-in macros by name:
    /// <list type="bullet">
    /// <item><c>num</c>: a number as digits ("45", "7 to 10", "7-10", "1.5") or spoken ("forty five", "a hundred",
    /// "two or three", "seven to ten", "a couple of", "a few", "half an", "an", "a"), optionally followed by "and a
    /// half".</item>
    /// <item><c>time_unit</c>: seconds, minutes, hours, days, weeks, months, years, singular or plural, and
    /// "secs", "mins", "hrs".</item>
    /// <item><c>ordinal</c>: "first" … "twentieth", "hundredth", "millionth", "umpteenth", or digits with a
    /// suffix ("3rd", "4th").</item>
    /// <item><c>weekday</c>: "monday" … "sunday".</item>
    /// <item><c>apos</c>: an optional apostrophe, straight or curly, for ASR text that drops it ("didn{apos}t"
    /// matches "didn't", "didn’t" and "didnt").</item>
    /// </list>
    /// </summary>
    public static IReadOnlyDictionary<string, string> BuiltIn { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["num"] = "(?:" + Digits + "|" + Spoken + ")",
        ["time_unit"] = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)",
        ["ordinal"] = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + @"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|hundredth|millionth|umpteenth"
            + @"|\d+(?:st|nd|rd|th))",
        ["weekday"] = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        ["apos"] = "['’]?",
    };

    /// <summary>
    /// Whether <paramref name="name"/> is a valid macro name: a lower-case ASCII letter, then lower-case letters,
    /// digits or underscores.
    /// </summary>
    public static bool IsValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Resolves user macros against the built-in ones and each other. Returns one table of fully expanded macros
    /// (built-in and user), or <see langword="null"/> with <paramref name="error"/> set.
    /// </summary>
    internal static Dictionary<string, string>? Resolve(IReadOnlyDictionary<string, string> userMacros, out string? error)
    {
        var resolved = new Dictionary<string, string>(BuiltIn, StringComparer.Ordinal);
        foreach (var name in userMacros.Keys.Order(StringComparer.Ordinal))
        {
            if (!ResolveOne(name, userMacros, resolved, [], out error))
            {
                return null;
            }
        }

        error = null;
        return resolved;
    }

    /// <summary>
    /// Replaces every <c>{name}</c> in <paramref name="pattern"/> with <c>(?:expansion)</c> from
    /// <paramref name="lookup"/>; returns <see langword="null"/> with the unknown name in <paramref name="unknown"/>
    /// when a referenced macro does not exist.
    /// </summary>
    internal static string? Expand(string pattern, Func<string, string?> lookup, out string? unknown)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                // An escape: copy it and the escaped character as they are (so "\{" stays a literal brace).
                builder.Append(c);
                if (i + 1 < pattern.Length)
                {
                    builder.Append(pattern[++i]);
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                builder.Append(c);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                builder.Append(c);

                // "[^]…]" and "[]…]": a ']' right after the opening is a literal, not the end of the class.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    builder.Append(pattern[++i]);
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    builder.Append(pattern[++i]);
                }

                continue;
            }

            if (c == '{' && TryReadName(pattern, i, out var name, out var end))
            {
                var expansion = lookup(name);
                if (expansion is null)
                {
                    unknown = name;
                    return null;
                }

                builder.Append("(?:").Append(expansion).Append(')');
                i = end;
                continue;
            }

            builder.Append(c);
        }

        unknown = null;
        return builder.ToString();
    }

    private static bool ResolveOne(
        string name, IReadOnlyDictionary<string, string> userMacros, Dictionary<string, string> resolved, List<string> visiting, out string? error)
    {
        error = null;
        if (resolved.ContainsKey(name))
        {
            return true;
        }

        if (visiting.Contains(name))
        {
            error = $"macro '{name}' refers to itself ({string.Join(" -> ", visiting)} -> {name})";
            return false;
        }

        if (visiting.Count >= MaxDepth)
        {
            error = $"macro '{visiting[0]}' nests macros more than {MaxDepth} deep";
            return false;
        }

        visiting.Add(name);
        string? failure = null;
        var expanded = Expand(userMacros[name], reference =>
        {
            if (failure is not null)
            {
                return null;
            }

            if (resolved.TryGetValue(reference, out var known))
            {
                return known;
            }

            if (!userMacros.ContainsKey(reference))
            {
                return null;
            }

            return ResolveOne(reference, userMacros, resolved, visiting, out failure) ? resolved[reference] : null;
        }, out var unknown);
        visiting.RemoveAt(visiting.Count - 1);

        if (failure is not null)
        {
            error = failure;
            return false;
        }

        if (expanded is null)
        {
            error = $"macro '{name}' uses unknown macro '{{{unknown}}}'";
            return false;
        }

        resolved[name] = expanded;
        return true;
    }

    /// <summary>Reads "{name}" at <paramref name="open"/>; a '{' followed by a digit (a quantifier) is not a name.</summary>
    private static bool TryReadName(string pattern, int open, out string name, out int close)
    {
        name = string.Empty;
        close = -1;
        var start = open + 1;
        if (start >= pattern.Length || !(char.IsAsciiLetter(pattern[start]) || pattern[start] == '_'))
        {
            return false;
        }

        var i = start;
        while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] == '_'))
        {
            i++;
        }

        if (i >= pattern.Length || pattern[i] != '}')
        {
            return false;
        }

        name = pattern[start..i];
        close = i;
        return true;
    }
}
