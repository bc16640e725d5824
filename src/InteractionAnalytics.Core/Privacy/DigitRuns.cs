namespace InteractionAnalytics.Core.Privacy;

/// <summary>
/// Splits a text into digit runs: digit groups and digit words as a person says them and a speech-to-text engine
/// writes them (<c>4111 1111 …</c>, <c>four one one one …</c>, <c>oh</c>, <c>double four</c>, <c>triple two</c>,
/// <c>forty one</c>, <c>eight hundred</c>), joined by what people put between groups (spaces, hyphens, dots, ", ",
/// and up to two fillers such as "uh", "and", "then"). Any other word or sign ends a run. One pass over the text that
/// allocates only for the digits it finds: every transcript turn goes through it.
/// </summary>
internal static class DigitRuns
{
    /// <summary>Most fillers in a row inside a run; a third ends it.</summary>
    private const int MaxFillersInARow = 2;

    private static readonly string[] SingleDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static readonly Dictionary<string, char> DigitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = '0', ["oh"] = '0', ["o"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4',
        ["five"] = '5', ["six"] = '6', ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
    };

    private static readonly Dictionary<string, string> Teens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15",
        ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19",
    };

    private static readonly Dictionary<string, char> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = '2', ["thirty"] = '3', ["forty"] = '4', ["fifty"] = '5', ["sixty"] = '6', ["seventy"] = '7', ["eighty"] = '8', ["ninety"] = '9',
    };

    /// <summary>Words speech-to-text writes for a digit ("for" for four); digits only between two digits of a run.</summary>
    private static readonly Dictionary<string, char> Homophones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["for"] = '4', ["fore"] = '4', ["to"] = '2', ["too"] = '2', ["won"] = '1', ["ate"] = '8',
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "uh", "um", "uhm", "umm", "er", "erm", "ah", "hmm", "mm", "and", "then", "dash",
    };

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> DigitWordsBySpan = DigitWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TeensBySpan = Teens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> TensBySpan = Tens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> HomophonesBySpan = Homophones.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillersBySpan = Fillers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The runs of <paramref name="text"/>, each a non-empty list of units in text order.</summary>
    public static List<List<DigitUnit>> Find(string text)
    {
        var runs = new List<List<DigitUnit>>();
        var tokens = Tokenize(text);
        var run = new List<DigitUnit>();
        var fillers = 0;

        void EndRun()
        {
            if (run.Count > 0)
            {
                runs.Add(run);
                run = [];
            }

            fillers = 0;
        }

        void AddFiller()
        {
            if (run.Count == 0)
            {
                return;
            }

            fillers++;
            if (fillers > MaxFillersInARow)
            {
                EndRun();
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var value = text.AsSpan(token.Start, token.Length);
            switch (token.Kind)
            {
                case TokenKind.Digits:
                    if (GluedToLetters(text, token) || token.Length > PaymentCards.MaxDigits)
                    {
                        // Part of a code (A1234, 1Z99…) or a number longer than any card: never a piece of one.
                        EndRun();
                    }
                    else
                    {
                        run.Add(new DigitUnit(token.Start, token.End, token.Length == 1 ? SingleDigits[value[0] - '0'] : value.ToString(), IsWord: false, IsOh: false));
                        fillers = 0;
                    }

                    break;
                case TokenKind.Word:
                    if (TrySpokenUnit(text, tokens, ref i, run) is { } unit)
                    {
                        run.Add(unit);
                        fillers = 0;
                    }
                    else if (FillersBySpan.Contains(value))
                    {
                        AddFiller();
                    }
                    else
                    {
                        EndRun();
                    }

                    break;
                default:
                    // A hyphen, a dot or brackets join groups; a comma only when spoken-style (followed by a space), so the
                    // fields of a CSV line ("20,40,300") stay separate numbers.
                    var joins = value[0] switch
                    {
                        '-' or '.' or '(' or ')' or '\u2013' => true,
                        ',' => token.End < text.Length && char.IsWhiteSpace(text[token.End]),
                        _ => false,
                    };
                    if (joins)
                    {
                        AddFiller();
                    }
                    else
                    {
                        EndRun();
                    }

                    break;
            }
        }

        EndRun();
        return runs;
    }

    /// <summary>The digits of units <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public static string DigitsOf(List<DigitUnit> run, int from, int to)
    {
        var length = 0;
        for (var i = from; i < to; i++)
        {
            length += run[i].Digits.Length;
        }

        return string.Create(length, (run, from, to), static (span, state) =>
        {
            var at = 0;
            for (var i = state.from; i < state.to; i++)
            {
                state.run[i].Digits.AsSpan().CopyTo(span[at..]);
                at += state.run[i].Digits.Length;
            }
        });
    }

    private static DigitUnit? TrySpokenUnit(string text, List<Token> tokens, ref int i, List<DigitUnit> run)
    {
        var token = tokens[i];
        var word = text.AsSpan(token.Start, token.Length);
        var start = token.Start;
        ReadOnlySpan<char> Next(int at) => at < tokens.Count ? text.AsSpan(tokens[at].Start, tokens[at].Length) : [];

        if (DigitWordsBySpan.TryGetValue(word, out var digit))
        {
            var isOh = word.Equals("oh", StringComparison.OrdinalIgnoreCase) || word.Equals("o", StringComparison.OrdinalIgnoreCase);
            return new DigitUnit(start, token.End, SingleDigits[digit - '0'], IsWord: true, isOh);
        }

        if (HomophonesBySpan.TryGetValue(word, out var homophone) && run.Count > 0 && i + 1 < tokens.Count
            && (tokens[i + 1].Kind == TokenKind.Digits || DigitWordsBySpan.ContainsKey(Next(i + 1)) || HomophonesBySpan.ContainsKey(Next(i + 1))))
        {
            return new DigitUnit(start, token.End, SingleDigits[homophone - '0'], IsWord: true, IsOh: false);
        }

        if (TeensBySpan.TryGetValue(word, out var teen))
        {
            return new DigitUnit(start, token.End, teen, IsWord: true, IsOh: false);
        }

        if (TensBySpan.TryGetValue(word, out var ten))
        {
            // "forty one" / "forty-one" is 41; "forty" alone is 40.
            var next = i + 1;
            if (next < tokens.Count && Next(next) is "-")
            {
                next++;
            }

            if (next < tokens.Count && DigitWordsBySpan.TryGetValue(Next(next), out var unitDigit) && unitDigit != '0')
            {
                i = next;
                return new DigitUnit(start, tokens[next].End, $"{ten}{unitDigit}", IsWord: true, IsOh: false);
            }

            return new DigitUnit(start, token.End, $"{ten}0", IsWord: true, IsOh: false);
        }

        var repeat = word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2 : word.Equals("triple", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        if (repeat > 0 && i + 1 < tokens.Count)
        {
            var next = tokens[i + 1];
            var nextValue = Next(i + 1);
            var repeated = DigitWordsBySpan.TryGetValue(nextValue, out var d) ? d
                : next.Kind == TokenKind.Digits && next.Length == 1 ? nextValue[0]
                : '\0';
            if (repeated != '\0')
            {
                i++;
                return new DigitUnit(start, next.End, new string(repeated, repeat), IsWord: true, IsOh: false);
            }
        }

        if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && run.Count > 0 && run[^1] is { Digits.Length: 1, IsWord: true } last)
        {
            // "eight hundred" (a toll-free prefix): the previous digit becomes 800.
            run.RemoveAt(run.Count - 1);
            return new DigitUnit(last.Start, token.End, last.Digits + "00", IsWord: true, IsOh: false);
        }

        return null;
    }

    private static bool GluedToLetters(string text, Token token) =>
        (token.Start > 0 && char.IsLetter(text[token.Start - 1])) || (token.End < text.Length && char.IsLetter(text[token.End]));

    /// <summary>ASCII digit groups, ASCII words (with an inner apostrophe, so "o'clock" is one word) and single other signs.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Digits));
            }
            else if (char.IsAsciiLetter(c))
            {
                while (i < text.Length && (char.IsAsciiLetter(text[i])
                    || (text[i] == '\'' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]) && i > start)))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Word));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(start, i - start, TokenKind.Sign));
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Digits,
        Word,
        Sign,
    }

    private readonly record struct Token(int Start, int Length, TokenKind Kind)
    {
        public int End => Start + Length;
    }
}
