using System.Runtime.CompilerServices;

namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>
/// Turns text into hashed sparse features, the one featurizer behind both training (ML.NET) and runtime scoring, so
/// the two agree by construction. Normalisation: lower case; a letter-or-digit run is a token and everything else
/// separates tokens (an apostrophe inside a word is dropped: "don't" is "dont"); hesitation fillers ("um", "uh", "er",
/// "hmm") are skipped; any token with a digit, and any run of two or more spoken number words ("four one one one",
/// "forty five"), becomes the single number token "#", so card numbers, amounts and durations generalise whether
/// an ASR engine wrote digits or words. Features: word unigrams, word bigrams, and character n-grams of each word
/// padded with boundary marks ("&lt;word&gt;"), each hashed into <see cref="FeaturizerOptions.BucketCount"/> buckets.
/// The work is done on spans in stack buffers: no allocation per token or per text.
/// </summary>
public sealed class TextFeaturizer
{
    /// <summary>The longest character n-gram supported.</summary>
    public const int MaxCharNgram = 8;

    /// <summary>Characters of a token that are hashed; a longer token (a URL, a run-on ASR artefact) is cut here.</summary>
    public const int MaxTokenLength = 40;

    private static readonly uint NumberHash = FeatureHash.Hash("#", FeatureHash.WordSeed);

    private readonly FeaturizerOptions _options;
    private readonly int _mask;

    /// <summary>Creates a featurizer; the options are validated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TextFeaturizer(FeaturizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _mask = options.BucketCount - 1;
    }

    /// <summary>The options this featurizer applies.</summary>
    public FeaturizerOptions Options => _options;

    /// <summary>The number of buckets features are hashed into.</summary>
    public int BucketCount => _options.BucketCount;

    /// <summary>Feeds every feature of <paramref name="text"/> to <paramref name="sink"/>; returns the number of tokens.</summary>
    public int Featurize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        Span<char> token = stackalloc char[MaxTokenLength];
        Span<char> scratch = stackalloc char[MaxTokenLength + 2];
        var emitter = new Emitter<TSink>(ref sink, _options, _mask, scratch);

        var length = 0;
        var start = -1;
        var hasDigit = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c, out var lower, out var isDigit))
            {
                if (start < 0)
                {
                    start = i;
                    length = 0;
                    hasDigit = false;
                }

                if (length < MaxTokenLength)
                {
                    token[length++] = lower;
                }

                hasDigit |= isDigit;
            }
            else if (start >= 0 && IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "don't", "i'm", "customer’s": keep the word whole, without the apostrophe.
            }
            else if (start >= 0)
            {
                emitter.Token(text, token[..length], start, i, hasDigit);
                start = -1;
            }
        }

        if (start >= 0)
        {
            emitter.Token(text, token[..length], start, text.Length, hasDigit);
        }

        emitter.FlushNumberRun(text);
        return emitter.TokenCount;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/> with the lower-case form and <see cref="char.IsDigit(char)"/>, answered
    /// with arithmetic for ASCII (almost every transcript character) and by the Unicode tables otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c, out char lower, out bool isDigit)
    {
        if (c < 128)
        {
            var folded = (char)(c | 0x20);
            if (unchecked((uint)(folded - 'a')) <= 'z' - 'a')
            {
                lower = folded;
                isDigit = false;
                return true;
            }

            isDigit = unchecked((uint)(c - '0')) <= 9;
            lower = c;
            return isDigit;
        }

        isDigit = char.IsDigit(c);
        lower = char.ToLowerInvariant(c);
        return char.IsLetterOrDigit(c);
    }

    /// <summary>True for "um", "uh" and the like, which carry no meaning for the contact reason.</summary>
    internal static bool IsFiller(ReadOnlySpan<char> token) =>
        token is "um" or "umm" or "uh" or "uhh" or "uhm" or "er" or "erm" or "hmm" or "hm" or "mm";

    /// <summary>True for a spoken number word that may be part of a spoken number ("four one one", "forty five").</summary>
    internal static bool IsNumberWord(ReadOnlySpan<char> token) => token switch
    {
        "zero" or "oh" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" => true,
        "ten" or "eleven" or "twelve" or "thirteen" or "fourteen" or "fifteen" or "sixteen" or "seventeen" => true,
        "eighteen" or "nineteen" or "twenty" or "thirty" or "forty" or "fifty" or "sixty" or "seventy" => true,
        "eighty" or "ninety" or "hundred" or "thousand" or "double" or "triple" => true,
        _ => false,
    };

    /// <summary>The state of one <see cref="Featurize{TSink}"/> call: previous word, pending number run, token count.</summary>
    private ref struct Emitter<TSink>
        where TSink : struct, IFeatureSink
    {
        private readonly ref TSink _sink;
        private readonly FeaturizerOptions _options;
        private readonly int _mask;
        private readonly Span<char> _scratch;
        private uint _previous;
        private int _previousStart;
        private bool _hasPrevious;
        private int _runCount;
        private int _runStart;
        private int _runEnd;
        private bool _runHasDigits;

        public Emitter(ref TSink sink, FeaturizerOptions options, int mask, Span<char> scratch)
        {
            _sink = ref sink;
            _options = options;
            _mask = mask;
            _scratch = scratch;
        }

        public int TokenCount { get; private set; }

        public void Token(ReadOnlySpan<char> text, ReadOnlySpan<char> token, int start, int end, bool hasDigit)
        {
            if (!hasDigit && IsFiller(token))
            {
                return;
            }

            if (hasDigit || IsNumberWord(token))
            {
                if (_runCount == 0)
                {
                    _runStart = start;
                    _runHasDigits = false;
                }

                _runCount++;
                _runEnd = end;
                _runHasDigits |= hasDigit;
                return;
            }

            FlushNumberRun(text);
            Word(token, start, end);
        }

        public void FlushNumberRun(ReadOnlySpan<char> text)
        {
            if (_runCount == 0)
            {
                return;
            }

            if (_runCount >= 2 || _runHasDigits)
            {
                Emit(NumberHash, _runStart, _runEnd, charNgrams: default);
            }
            else
            {
                // A lone number word ("one", "oh", "ten") stays a word: "this one", "oh no".
                Span<char> word = stackalloc char[MaxTokenLength];
                var source = text[_runStart.._runEnd];
                var length = Math.Min(source.Length, MaxTokenLength);
                for (var i = 0; i < length; i++)
                {
                    word[i] = char.ToLowerInvariant(source[i]);
                }

                Word(word[..length], _runStart, _runEnd);
            }

            _runCount = 0;
        }

        private void Word(scoped ReadOnlySpan<char> token, int start, int end) =>
            Emit(FeatureHash.Hash(token, FeatureHash.WordSeed), start, end, token);

        private void Emit(uint hash, int start, int end, scoped ReadOnlySpan<char> charNgrams)
        {
            var index = TokenCount;
            _sink.Add((int)(hash & (uint)_mask), _options.WordWeight, index, start, end);
            if (_options.WordBigrams && _hasPrevious)
            {
                var bigram = FeatureHash.Combine(_previous, hash, FeatureHash.BigramSeed);
                _sink.Add((int)(bigram & (uint)_mask), _options.BigramWeight, index, _previousStart, end);
            }

            if (!charNgrams.IsEmpty && _options.CharNgramMin > 0)
            {
                CharNgrams(charNgrams, index, start, end);
            }

            _previous = hash;
            _previousStart = start;
            _hasPrevious = true;
            TokenCount++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void CharNgrams(scoped ReadOnlySpan<char> token, int index, int start, int end)
        {
            var padded = _scratch[..(token.Length + 2)];
            padded[0] = '<';
            token.CopyTo(padded[1..]);
            padded[^1] = '>';

            // One FNV-1a pass per start position yields every n-gram length starting there: the hash of the n-gram of
            // length n is the running hash after n characters, so lengths 3..5 cost 5 steps, not 3 + 4 + 5. The
            // values are exactly FeatureHash.Hash(padded.Slice(i, n), CharSeed).
            var min = _options.CharNgramMin;
            var max = _options.CharNgramMax;
            var weight = _options.CharNgramWeight;
            for (var i = 0; i + min <= padded.Length; i++)
            {
                var longest = Math.Min(max, padded.Length - i);
                var state = FeatureHash.Start(FeatureHash.CharSeed);
                for (var n = 1; n <= longest; n++)
                {
                    state = FeatureHash.Step(state, padded[i + n - 1]);
                    if (n >= min)
                    {
                        _sink.Add((int)(FeatureHash.Finish(state) & (uint)_mask), weight, index, start, end);
                    }
                }
            }
        }
    }
}
