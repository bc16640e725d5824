using System.Diagnostics.CodeAnalysis;

namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// Local, lexicon-based sentiment: a port of VADER (Hutto &amp; Gilbert 2014) that follows the JavaScript reference
/// <c>vader-sentiment</c> 1.1.3 rule for rule, including its quirks, so its compound scores match that package's.
/// Thread-safe and stateless; the lexicon is parsed once per process on first use. See docs/sentiment.md.
/// </summary>
/// <remarks>
/// <para>
/// Case matters in a few rules, exactly as in the JS port: a word in ALL CAPS among words that are not gets extra
/// emphasis, and the negation words, "never so/this", "but" (or "BUT") and the idioms are matched as written, so a
/// sentence-initial "Not" or "But" is not recognised ("Not bad at all" scores −0.5423, "not bad at all" 0.431).
/// Transcripts from speech-to-text are mostly lower case, so ALL-CAPS emphasis rarely applies to them.
/// </para>
/// <para>
/// The reference packages print the compound rounded to 4 decimals; <see cref="Score"/> returns it unrounded, so it
/// differs from their printed value by at most 0.00005.
/// </para>
/// </remarks>
public sealed class VaderSentimentAnalyzer : ISentimentAnalyzer
{
    /// <summary>The value of <see cref="Name"/>, stored next to every score this analyzer produces.</summary>
    public const string AnalyzerName = "vader-local";

    /// <inheritdoc/>
    public string Name => AnalyzerName;

    /// <summary>
    /// VADER's compound score of <paramref name="text"/>, in [-1, 1]: -1 most negative, 0 neutral, 1 most positive.
    /// The conventional reading is positive at ≥ 0.05, negative at ≤ -0.05 and neutral in between. Empty text, white
    /// space and text without any lexicon word score exactly 0.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Callers hold the analyzer as an instance (ISentimentAnalyzer); a static Score would not be reachable through it.")]
    public double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordsAndEmoticons(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var lower = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
        }

        var isCapDifferential = AllCapDifferential(words);
        var sentiments = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            // Booster words and the "kind" of "kind of" carry no valence themselves; they only modify the next words.
            var isKindOf = i < words.Count - 1 && lower[i] == "kind" && lower[i + 1] == "of";
            sentiments[i] = isKindOf || VaderRules.Boosters.ContainsKey(lower[i])
                ? 0
                : SentimentValence(words, lower, i, isCapDifferential);
        }

        ButCheck(words, sentiments);
        return ScoreValence(sentiments, text);
    }

    /// <inheritdoc/>
    /// <remarks>Runs synchronously (scoring is CPU-only, about 1.5 µs per short turn) and returns a completed task.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var scores = new double[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<IReadOnlyList<double>>(cancellationToken);
            }

            scores[i] = Score(texts[i]);
        }

        return Task.FromResult<IReadOnlyList<double>>(scores);
    }

    /// <summary>
    /// JS <c>SentiText.get_words_and_emoticons</c>: split on white space, drop tokens of one character, and strip one
    /// listed punctuation string from the start or the end of a token when what remains is a word of at least two
    /// characters without ASCII punctuation. Contractions ("don't") and emoticons (":)", "8D") survive.
    /// </summary>
    private static List<string> WordsAndEmoticons(string text)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsJsWhiteSpace(text[i]))
            {
                continue;
            }

            // The JS drops one-character tokens ("I", "a", a lone "!") before anything else.
            if (i - start > 1)
            {
                words.Add(StripPunctuation(text[start..i]));
            }

            start = i + 1;
        }

        return words;
    }

    /// <summary>
    /// The JS builds a map from "punctuation + word" and "word + punctuation" to the word, for every punctuation-free
    /// word of 2+ characters in the text, then replaces tokens found in it. That map holds a token exactly when the
    /// token is a listed punctuation string plus such a word, which is what this checks, without building the map.
    /// </summary>
    private static string StripPunctuation(string token)
    {
        foreach (var affix in VaderRules.PunctuationAffixes)
        {
            if (token.Length - affix.Length > 1)
            {
                if (token.StartsWith(affix, StringComparison.Ordinal) && IsPunctuationFree(token.AsSpan(affix.Length)))
                {
                    return token[affix.Length..];
                }

                if (token.EndsWith(affix, StringComparison.Ordinal) && IsPunctuationFree(token.AsSpan(0, token.Length - affix.Length)))
                {
                    return token[..^affix.Length];
                }
            }
        }

        return token;
    }

    /// <summary>True when no character is in the JS <c>REGEX_REMOVE_PUNCTUATION</c> class (all 32 ASCII punctuation marks).</summary>
    private static bool IsPunctuationFree(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// JavaScript's <c>\s</c>, which is what the JS port splits on. It differs from <see cref="char.IsWhiteSpace(char)"/>
    /// in two characters (U+0085 is not white space to JS, U+FEFF is), and matching it keeps the scores identical.
    /// </summary>
    private static bool IsJsWhiteSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A')
            or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    /// <summary>JS <c>is_upper_python</c>: at least one ASCII capital and no ASCII lower-case letter.</summary>
    private static bool IsUpper(string word)
    {
        var hasUpper = false;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                return false;
            }

            hasUpper |= c is >= 'A' and <= 'Z';
        }

        return hasUpper;
    }

    /// <summary>JS <c>allcap_differential</c>: some words, but not all of them, are ALL CAPS.</summary>
    private static bool AllCapDifferential(List<string> words)
    {
        var allCaps = words.Count(IsUpper);
        var differential = words.Count - allCaps;
        return differential > 0 && differential < words.Count;
    }

    /// <summary>JS <c>negated</c> of a single word: a listed negation word (case-sensitive) or any word with "n't".</summary>
    private static bool IsNegation(string word) =>
        VaderRules.Negations.Contains(word) || word.Contains("n't", StringComparison.Ordinal);

    /// <summary>JS <c>scalar_inc_dec</c>: what a preceding booster or dampener adds to <paramref name="valence"/>.</summary>
    private static double ScalarIncDec(string word, string wordLower, double valence, bool isCapDifferential)
    {
        if (!VaderRules.Boosters.TryGetValue(wordLower, out var scalar))
        {
            return 0;
        }

        // A booster pushes away from zero in the direction of the word it modifies.
        if (valence < 0)
        {
            scalar *= -1;
        }

        if (isCapDifferential && IsUpper(word))
        {
            if (valence > 0)
            {
                scalar += VaderRules.CapsIncrement;
            }
            else
            {
                scalar -= VaderRules.CapsIncrement;
            }
        }

        return scalar;
    }

    /// <summary>JS <c>sentiment_valence</c>: the valence of word <paramref name="index"/> after its modifiers.</summary>
    private static double SentimentValence(List<string> words, string[] lower, int index, bool isCapDifferential)
    {
        var lexicon = VaderLexicon.Valences;
        if (!lexicon.TryGetValue(lower[index], out var valence))
        {
            return 0;
        }

        if (IsUpper(words[index]) && isCapDifferential)
        {
            // As in the JS, a zero valence counts as negative here.
            if (valence > 0)
            {
                valence += VaderRules.CapsIncrement;
            }
            else
            {
                valence -= VaderRules.CapsIncrement;
            }
        }

        // Look back up to three words; a preceding word that is itself in the lexicon is a sentiment word, not a modifier.
        for (var startI = 0; startI < 3; startI++)
        {
            var previous = index - (startI + 1);
            if (index > startI && !lexicon.ContainsKey(lower[previous]))
            {
                // Modifiers further away count less.
                var s = ScalarIncDec(words[previous], lower[previous], valence, isCapDifferential);
                if (startI == 1 && s != 0)
                {
                    s *= 0.95;
                }
                else if (startI == 2 && s != 0)
                {
                    s *= 0.9;
                }

                valence += s;
                valence = NeverCheck(valence, words, startI, index);
                if (startI == 2)
                {
                    valence = IdiomsCheck(valence, words, index);
                }
            }
        }

        return LeastCheck(valence, lower, index);
    }

    /// <summary>JS <c>never_check</c>: negation up to three words back; "never so/this good" intensifies instead.</summary>
    private static double NeverCheck(double valence, List<string> words, int startI, int index)
    {
        if (startI == 0 && IsNegation(words[index - 1]))
        {
            valence *= VaderRules.NegationScalar;
        }

        if (startI == 1)
        {
            if (words[index - 2] == "never" && (words[index - 1] == "so" || words[index - 1] == "this"))
            {
                valence *= 1.5;
            }
            else if (IsNegation(words[index - 2]))
            {
                valence *= VaderRules.NegationScalar;
            }
        }

        if (startI == 2)
        {
            if ((words[index - 3] == "never" && (words[index - 2] == "so" || words[index - 2] == "this"))
                || words[index - 1] == "so" || words[index - 1] == "this")
            {
                valence *= 1.25;
            }
            else if (IsNegation(words[index - 3]))
            {
                valence *= VaderRules.NegationScalar;
            }
        }

        return valence;
    }

    /// <summary>
    /// JS <c>idioms_check</c>, only reached when <paramref name="index"/> ≥ 3: an idiom around the word replaces its
    /// valence, and a two-word dampener ("kind of", "sort of") two or three words back subtracts 0.293.
    /// </summary>
    private static double IdiomsCheck(double valence, List<string> words, int index)
    {
        string[] sequences =
        [
            Join(words, index - 1, 2),
            Join(words, index - 2, 3),
            Join(words, index - 2, 2),
            Join(words, index - 3, 3),
            Join(words, index - 3, 2),
        ];
        foreach (var sequence in sequences)
        {
            if (VaderRules.Idioms.TryGetValue(sequence, out var idiom))
            {
                valence = idiom;
                break;
            }
        }

        if (words.Count - 1 > index && VaderRules.Idioms.TryGetValue(Join(words, index, 2), out var following))
        {
            valence = following;
        }

        if (words.Count - 1 > index + 1 && VaderRules.Idioms.TryGetValue(Join(words, index, 3), out var followingThree))
        {
            valence = followingThree;
        }

        if (VaderRules.Boosters.ContainsKey(sequences[4]) || VaderRules.Boosters.ContainsKey(sequences[2]))
        {
            valence += VaderRules.BoosterDecrement;
        }

        return valence;
    }

    private static string Join(List<string> words, int start, int count) => string.Join(' ', words.GetRange(start, count));

    /// <summary>JS <c>least_check</c>: "least good" negates, "at least good" and "very least good" do not.</summary>
    private static double LeastCheck(double valence, string[] lower, int index)
    {
        var lexicon = VaderLexicon.Valences;
        if (index > 1 && lower[index - 1] == "least" && !lexicon.ContainsKey(lower[index - 1]))
        {
            if (lower[index - 2] != "at" && lower[index - 2] != "very")
            {
                valence *= VaderRules.NegationScalar;
            }
        }
        else if (index > 0 && lower[index - 1] == "least" && !lexicon.ContainsKey(lower[index - 1]))
        {
            valence *= VaderRules.NegationScalar;
        }

        return valence;
    }

    /// <summary>JS <c>but_check</c>: halve the words before the first "but" (or else "BUT") and raise those after by half.</summary>
    private static void ButCheck(List<string> words, double[] sentiments)
    {
        var butIndex = words.IndexOf("but");
        if (butIndex == -1)
        {
            butIndex = words.IndexOf("BUT");
        }

        if (butIndex == -1)
        {
            return;
        }

        for (var i = 0; i < sentiments.Length; i++)
        {
            if (i < butIndex)
            {
                sentiments[i] *= VaderRules.BeforeButFactor;
            }
            else if (i > butIndex)
            {
                sentiments[i] *= VaderRules.AfterButFactor;
            }
        }
    }

    /// <summary>JS <c>score_valence</c>: sum, add "!" and "?" emphasis away from zero, normalise to [-1, 1].</summary>
    private static double ScoreValence(double[] sentiments, string text)
    {
        var sum = 0.0;
        foreach (var sentiment in sentiments)
        {
            sum += sentiment;
        }

        var amplifier = AmplifyExclamations(text) + AmplifyQuestions(text);
        if (sum > 0)
        {
            sum += amplifier;
        }
        else if (sum < 0)
        {
            sum -= amplifier;
        }

        return Math.Clamp(sum / Math.Sqrt((sum * sum) + VaderRules.NormalisationAlpha), -1.0, 1.0);
    }

    /// <summary>JS <c>amplify_ep</c>: 0.292 per "!" anywhere in the text, up to 4 of them.</summary>
    private static double AmplifyExclamations(string text) =>
        Math.Min(text.AsSpan().Count('!'), VaderRules.MaxExclamations) * VaderRules.ExclamationIncrement;

    /// <summary>JS <c>amplify_qm</c>: nothing for one "?", 0.18 each for 2–3, 0.96 for more.</summary>
    private static double AmplifyQuestions(string text)
    {
        var count = text.AsSpan().Count('?');
        if (count <= 1)
        {
            return 0;
        }

        return count <= 3 ? count * VaderRules.QuestionIncrement : VaderRules.QuestionMaximum;
    }
}
