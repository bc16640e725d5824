namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>
/// Simple negation handling for phrase-rule hits: a hit is negated when one of <see cref="Cues"/> is among the
/// <see cref="WindowWords"/> words just before the match ("i was <b>not</b> charged twice", "the app <b>never</b>
/// crashes"). The look-back stops early at punctuation (anything that is not a letter, digit, apostrophe or white
/// space) and at a scope-breaking word from <see cref="ScopeBreaks"/> ("i don't know <b>why</b> i was charged twice" is
/// not negated). Words are compared ignoring case and apostrophes, so the cue "wasn't" also catches ASR "wasnt".
/// Negation inside the matched text is not examined: a rule that means "never called me back" says so in its pattern.
/// Immutable and thread-safe.
/// </summary>
public sealed class NegationScope
{
    /// <summary>The default look-back: 3 words.</summary>
    public const int DefaultWindowWords = 3;

    /// <summary>The largest look-back allowed: 10 words.</summary>
    public const int MaxWindowWords = 10;

    // Words longer than this are never cues or breaks, so they are skipped without being compared.
    private const int MaxWordLength = 24;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _breaks;

    /// <summary>Creates a negation scope.</summary>
    /// <param name="cues">Single words that negate what follows; case and apostrophes are ignored.</param>
    /// <param name="scopeBreaks">Single words that end a cue's scope (conjunctions such as "but", "why").</param>
    /// <param name="windowWords">How many words before a match are examined; 0 turns negation off. At most
    /// <see cref="MaxWindowWords"/>.</param>
    /// <exception cref="ArgumentException">A cue or break is not a single word.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowWords"/> is out of range.</exception>
    public NegationScope(IEnumerable<string> cues, IEnumerable<string> scopeBreaks, int windowWords = DefaultWindowWords)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(scopeBreaks);
        ArgumentOutOfRangeException.ThrowIfNegative(windowWords);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(windowWords, MaxWindowWords);
        Cues = [.. cues];
        ScopeBreaks = [.. scopeBreaks];
        WindowWords = windowWords;
        _cues = BuildSet(Cues, nameof(cues)).GetAlternateLookup<ReadOnlySpan<char>>();
        _breaks = BuildSet(ScopeBreaks, nameof(scopeBreaks)).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The default cues: not, no, never, without, don't, doesn't, didn't, isn't, aren't, wasn't, weren't, haven't,
    /// hasn't, hadn't, won't. "can't" and "couldn't" are deliberately absent: "i can't believe i was charged twice"
    /// is emphasis, not negation.
    /// </summary>
    public static IReadOnlyList<string> DefaultCues { get; } =
    [
        "not", "no", "never", "without", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
        "haven't", "hasn't", "hadn't", "won't",
    ];

    /// <summary>
    /// The default scope breaks: and, but, or, so, because, cause, why, that, though, although, then, when, if, until,
    /// after, before, which, who.
    /// </summary>
    public static IReadOnlyList<string> DefaultScopeBreaks { get; } =
    [
        "and", "but", "or", "so", "because", "cause", "why", "that", "though", "although", "then", "when", "if", "until",
        "after", "before", "which", "who",
    ];

    /// <summary>The scope with <see cref="DefaultCues"/>, <see cref="DefaultScopeBreaks"/> and a 3-word window.</summary>
    public static NegationScope Default { get; } = new(DefaultCues, DefaultScopeBreaks);

    /// <summary>The negation cues, as configured.</summary>
    public IReadOnlyList<string> Cues { get; }

    /// <summary>The words that end a cue's scope, as configured.</summary>
    public IReadOnlyList<string> ScopeBreaks { get; }

    /// <summary>How many words before a match are examined; 0 means negation is off.</summary>
    public int WindowWords { get; }

    /// <summary>
    /// Whether a match starting at <paramref name="matchStart"/> (a character offset into <paramref name="text"/>) is
    /// negated by a cue among the words before it. Does not allocate.
    /// </summary>
    public bool IsNegated(ReadOnlySpan<char> text, int matchStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(matchStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matchStart, text.Length);
        Span<char> word = stackalloc char[MaxWordLength];
        var i = matchStart - 1;
        for (var words = 0; words < WindowWords; words++)
        {
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (i < 0 || !IsWordChar(text[i]))
            {
                // The start of the turn, or punctuation: the scope of anything before it does not reach the match.
                return false;
            }

            var end = i + 1;
            while (i >= 0 && IsWordChar(text[i]))
            {
                i--;
            }

            var length = Normalize(text[(i + 1)..end], word);
            if (length > 0)
            {
                var normalized = word[..length];
                if (_breaks.Contains(normalized))
                {
                    return false;
                }

                if (_cues.Contains(normalized))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    /// <summary>Lower-cases <paramref name="source"/> without apostrophes; 0 when it does not fit (never a cue).</summary>
    private static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        foreach (var c in source)
        {
            if (IsApostrophe(c))
            {
                continue;
            }

            if (length == destination.Length)
            {
                return 0;
            }

            destination[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    private static HashSet<string> BuildSet(IReadOnlyList<string> words, string parameterName)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxWordLength];
        foreach (var word in words)
        {
            ArgumentNullException.ThrowIfNull(word, parameterName);
            var trimmed = word.AsSpan().Trim();
            var single = trimmed.Length > 0;
            foreach (var c in trimmed)
            {
                single &= IsWordChar(c);
            }

            var length = single ? Normalize(trimmed, buffer) : 0;
            if (length == 0)
            {
                throw new ArgumentException(
                    $"'{word}' is not a single word of at most {MaxWordLength} letters, digits or apostrophes.", parameterName);
            }

            set.Add(buffer[..length].ToString());
        }

        return set;
    }
}
