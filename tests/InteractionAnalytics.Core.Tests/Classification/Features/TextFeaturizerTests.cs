using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Tests.Classification.Features;

[Parallelizable(ParallelScope.All)]
public sealed class TextFeaturizerTests
{
    private static readonly TextFeaturizer Default = new(new FeaturizerOptions { BucketBits = 10 });

    private static readonly FeaturizerOptions UnigramOptions = new() { BucketBits = 10, WordBigrams = false, CharNgramMin = 0 };

    [Test]
    public void Featurize_CaseAndPunctuation_DoNotChangeFeatures()
    {
        var shouted = Recording.Multiset(Default, "Hello, WORLD!");
        var plain = Recording.Multiset(Default, "hello world");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shouted, Is.Not.Empty);
            Assert.That(shouted, Is.EqualTo(plain));
        }
    }

    [Test]
    public void Featurize_ApostropheInsideWord_IsDropped()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Recording.Multiset(Default, "don't"), Is.EqualTo(Recording.Multiset(Default, "dont")));
            Assert.That(
                Recording.Multiset(Default, "the customer\u2019s bill"), Is.EqualTo(Recording.Multiset(Default, "the customers bill")));
            Assert.That(Recording.Record(Default, "don't").Tokens, Is.EqualTo(1));
        }
    }

    [Test]
    public void Featurize_ApostropheNotFollowedByLetter_SeparatesTokens()
    {
        // A trailing or leading apostrophe is punctuation: "dogs'" is the word "dogs", "'tis" is "tis".
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Recording.Multiset(Default, "dogs' bowl"), Is.EqualTo(Recording.Multiset(Default, "dogs bowl")));
            Assert.That(Recording.Multiset(Default, "'tis"), Is.EqualTo(Recording.Multiset(Default, "tis")));
        }
    }

    [TestCase("i um want", "i want")]
    [TestCase("uh i want um", "i want")]
    [TestCase("hmm er i erm want mm", "i want")]
    public void Featurize_Fillers_AreSkippedIncludingInBigrams(string withFillers, string without)
    {
        var (tokens, _) = Recording.Record(Default, withFillers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Recording.Multiset(Default, withFillers), Is.EqualTo(Recording.Multiset(Default, without)));
            Assert.That(tokens, Is.EqualTo(2));
        }
    }

    [TestCase("card 4111", "card four one one one")]
    [TestCase("card 4111", "card 1234")]
    [TestCase("card 4111", "card 4111 5555")]
    [TestCase("wait forty five minutes", "wait 45 minutes")]
    [TestCase("wait forty five minutes", "wait 3 minutes")]
    [TestCase("ref ab12 please", "ref 9 please")]
    public void Featurize_DigitsAndSpokenNumberRuns_BecomeOneNumberToken(string first, string second)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Recording.Multiset(Default, first), Is.EqualTo(Recording.Multiset(Default, second)));
            Assert.That(Recording.Record(Default, first).Tokens, Is.EqualTo(Recording.Record(Default, second).Tokens));
        }
    }

    [Test]
    public void Featurize_CardNumber_HasOneUnigramAndOneBigramAndNoCharNgrams()
    {
        // "card": unigram + char n-grams of "<card>" (6 chars): 4 trigrams + 3 four-grams + 2 five-grams = 10.
        // "#": unigram + bigram "card #", no char n-grams = 2. Total 12, over 2 tokens.
        var (tokens, features) = Recording.Record(Default, "card four one one one");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.EqualTo(2));
            Assert.That(features, Has.Count.EqualTo(12));
            Assert.That(features.Count(f => f.Token == 1), Is.EqualTo(2));
            // The number token spans the whole spoken run "four one one one" = [5, 21).
            Assert.That(features.Where(f => f.Token == 1).Select(f => f.End).Distinct(), Is.EqualTo(new[] { 21 }));
            Assert.That(features.Single(f => f.Token == 1 && f.Start == 5).Value, Is.EqualTo(1f));
        }
    }

    [Test]
    public void Featurize_LoneNumberWord_StaysAWord()
    {
        var word = Recording.Multiset(Default, "this one");
        var number = Recording.Multiset(Default, "this 1");
        var unigrams = new TextFeaturizer(UnigramOptions);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(word, Is.Not.EqualTo(number));
            // "one" after a word is hashed as the word "one", not as the number token of "1".
            Assert.That(Recording.Multiset(unigrams, "this one"),
                Is.EquivalentTo(Recording.Multiset(unigrams, "this").Concat(Recording.Multiset(unigrams, "one"))));
            Assert.That(Recording.Multiset(unigrams, "this one"), Is.Not.EquivalentTo(Recording.Multiset(unigrams, "this 1")));
            Assert.That(Recording.Multiset(Default, "ONE"), Is.EqualTo(Recording.Multiset(Default, "one")));
            Assert.That(Recording.Multiset(Default, "oh no"), Is.Not.EqualTo(Recording.Multiset(Default, "0 no")));
        }
    }

    [Test]
    public void Featurize_LoneNumberWord_HasTheSameFeaturesAsAnyOtherWord()
    {
        // "one" alone keeps its char n-grams: unigram + "<one>" (5 chars): 3 trigrams + 2 four-grams + 1 five-gram = 7.
        var (tokens, features) = Recording.Record(Default, "one");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.EqualTo(1));
            Assert.That(features, Has.Count.EqualTo(7));
            Assert.That(features.Select(f => (f.Start, f.End)).Distinct(), Is.EqualTo(new[] { (0, 3) }));
        }
    }

    [TestCase("hello world", 2)]
    [TestCase("  hello,world!!  ", 2)]
    [TestCase("i um want a refund", 4)]
    [TestCase("card four one one one please", 3)]
    [TestCase("this one", 2)]
    [TestCase("a b c d e f", 6)]
    public void Featurize_Text_ReturnsTokenCount(string text, int expected) =>
        Assert.That(Recording.Record(Default, text).Tokens, Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\r\n")]
    [TestCase("?!... --")]
    [TestCase("um uh")]
    public void Featurize_NoWords_GivesZeroTokensAndNoFeatures(string text)
    {
        var (tokens, features) = Recording.Record(Default, text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.Zero);
            Assert.That(features, Is.Empty);
        }
    }

    [Test]
    public void Featurize_HiThere_SpansPointIntoTheSourceText()
    {
        // "Hi there": token 0 "Hi" is [0,2), token 1 "there" is [3,8); the bigram "hi there" reports token 1 and
        // spans from the previous word's start, [0,8).
        var options = new FeaturizerOptions { BucketBits = 10, CharNgramMin = 0, WordBigrams = true };
        var (tokens, features) = Recording.Record(new TextFeaturizer(options), "Hi there");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.EqualTo(2));
            Assert.That(features, Has.Count.EqualTo(3));
            Assert.That(features[0], Is.EqualTo(new FeatureOccurrence(features[0].Bucket, 1f, 0, 0, 2)));
            Assert.That(features[1], Is.EqualTo(new FeatureOccurrence(features[1].Bucket, 1f, 1, 3, 8)));
            Assert.That(features[2], Is.EqualTo(new FeatureOccurrence(features[2].Bucket, 1f, 1, 0, 8)));
        }
    }

    [Test]
    public void Featurize_CharNgrams_ShareTheirWordsSpan()
    {
        // Default options, "Hi there": "hi" = 1 + (2 trigrams + 1 four-gram) = 4; "there" = 1 unigram + 1 bigram +
        // "<there>" (7 chars): 5 + 4 + 3 = 12 n-grams; total 18.
        var (_, features) = Recording.Record(Default, "Hi there");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(features, Has.Count.EqualTo(18));
            Assert.That(features.Count(f => f.Token == 0), Is.EqualTo(4));
            Assert.That(features.Count(f => f.Token == 1), Is.EqualTo(14));
            Assert.That(features.Where(f => f.Token == 0).All(f => f.Start == 0 && f.End == 2), Is.True);
            Assert.That(features.Count(f => f.Token == 1 && f.Start == 3 && f.End == 8), Is.EqualTo(13));
            Assert.That(features.Count(f => f.Value == 0.25f), Is.EqualTo(15));
        }
    }

    [Test]
    public void Featurize_BigramAcrossPunctuationAndFiller_StartsAtThePreviousWord()
    {
        var options = new FeaturizerOptions { BucketBits = 10, CharNgramMin = 0 };
        var (_, features) = Recording.Record(new TextFeaturizer(options), "yes, um... refund");

        // "yes" [0,3), "um" skipped, "refund" [11,17); the bigram spans [0,17).
        Assert.That(features.Select(f => (f.Token, f.Start, f.End)), Is.EqualTo(new[] { (0, 0, 3), (1, 11, 17), (1, 0, 17) }));
    }

    [Test]
    public void Featurize_TwoLetterWordWithTrigramsOnly_YieldsOneUnigramAndTwoTrigrams()
    {
        // "ab" padded is "<ab>": trigrams "<ab" and "ab>".
        var options = new FeaturizerOptions
        {
            BucketBits = 10, WordBigrams = false, CharNgramMin = 3, CharNgramMax = 3, WordWeight = 1f, CharNgramWeight = 0.5f,
        };
        var featurizer = new TextFeaturizer(options);
        var (tokens, features) = Recording.Record(featurizer, "ab");
        var abc = Recording.Record(featurizer, "abc").Features;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.EqualTo(1));
            Assert.That(features, Has.Count.EqualTo(3));
            Assert.That(features.Count(f => f.Value == 1f), Is.EqualTo(1));
            Assert.That(features.Count(f => f.Value == 0.5f), Is.EqualTo(2));
            // "abc" = "<abc>": "<ab", "abc", "bc>" — it shares the trigram "<ab" with "ab" (first n-gram of each).
            Assert.That(abc, Has.Count.EqualTo(4));
            Assert.That(abc[1].Bucket, Is.EqualTo(features[1].Bucket));
        }
    }

    [Test]
    public void Featurize_CharNgrams_AreTheHashesOfEverySliceOfThePaddedWord()
    {
        // The featurizer hashes n-grams incrementally per start position; each must equal the hash of its own slice.
        var options = new FeaturizerOptions { BucketBits = 16, WordBigrams = false, CharNgramMin = 2, CharNgramMax = 4 };
        var (_, features) = Recording.Record(new TextFeaturizer(options), "refund");
        const string padded = "<refund>";
        var expected = new List<int>();
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                expected.Add((int)(CharNgramHash(padded.AsSpan(i, n)) & (uint)(options.BucketCount - 1)));
            }
        }

        var charNgrams = features.Where(f => f.Value == options.CharNgramWeight).Select(f => f.Bucket);
        Assert.That(charNgrams, Is.EquivalentTo(expected));
    }

    /// <summary>
    /// The documented hash, written out independently: FNV-1a over UTF-16 code units from the offset basis xor the
    /// character seed 0x85EBCA6B, then MurmurHash3's 32-bit finaliser. A model file's buckets depend on it never changing.
    /// </summary>
    private static uint CharNgramHash(ReadOnlySpan<char> chars)
    {
        unchecked
        {
            var h = 2166136261u ^ 0x85EBCA6Bu;
            foreach (var c in chars)
            {
                h = (h ^ c) * 16777619u;
            }

            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return h;
        }
    }

    [TestCase("CAFÉ Ünïcode", "café ünïcode")]
    [TestCase("Straße ２４", "straße 24")]
    [TestCase("ÀB-ÇD", "àb çd")]
    public void Featurize_NonAsciiLettersAndDigits_FollowUnicodeCaseAndDigitRules(string text, string equivalent)
    {
        var featurizer = new TextFeaturizer(new FeaturizerOptions { BucketBits = 12 });

        Assert.That(Recording.Multiset(featurizer, text), Is.EqualTo(Recording.Multiset(featurizer, equivalent)));
    }

    [Test]
    public void Featurize_CharNgramRangeWiderThanWord_StopsAtThePaddedLength()
    {
        // "a" padded is "<a>" (3 chars): with n in 3..8 only the one trigram fits.
        var options = new FeaturizerOptions { BucketBits = 10, WordBigrams = false, CharNgramMin = 3, CharNgramMax = 8 };
        var (_, features) = Recording.Record(new TextFeaturizer(options), "a");

        Assert.That(features, Has.Count.EqualTo(2));
    }

    [Test]
    public void Featurize_WeightsFromOptions_AreTheValuesReported()
    {
        var options = new FeaturizerOptions
        {
            BucketBits = 10, WordWeight = 2f, BigramWeight = 3f, CharNgramMin = 3, CharNgramMax = 3, CharNgramWeight = 0.125f,
        };
        var (_, features) = Recording.Record(new TextFeaturizer(options), "ab cd");

        // Per word: 1 unigram (2) + 2 trigrams (0.125); one bigram (3).
        Assert.That(features.Select(f => f.Value).Order(), Is.EqualTo(new[] { 0.125f, 0.125f, 0.125f, 0.125f, 2f, 2f, 3f }));
    }

    [Test]
    public void Featurize_TokenLongerThanMaxTokenLength_IsCutAndDoesNotCrash()
    {
        var longWord = new string('a', TextFeaturizer.MaxTokenLength) + new string('b', 60);
        var sameStart = new string('a', TextFeaturizer.MaxTokenLength) + new string('c', 10);
        var (tokens, features) = Recording.Record(Default, "x " + longWord + " y");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.EqualTo(3));
            // The span is the whole word in the source, [2, 102).
            Assert.That(features.Where(f => f.Token == 1 && f.Start == 2).Select(f => f.End).Distinct(), Is.EqualTo(new[] { 102 }));
            // Only the first 40 characters are hashed: 1 unigram + 1 bigram + (42-2) + (42-3) + (42-4) n-grams.
            Assert.That(features.Count(f => f.Token == 1), Is.EqualTo(2 + 40 + 39 + 38));
            Assert.That(Recording.Multiset(Default, longWord), Is.EqualTo(Recording.Multiset(Default, sameStart)));
            Assert.That(Recording.Record(Default, new string('7', 500)).Tokens, Is.EqualTo(1));
        }
    }

    [Test]
    public void Featurize_SameTextTwice_GivesIdenticalFeatures()
    {
        const string text = "Hi, I was charged twice for my card ending 4111 and um I'd like a refund.";

        var first = Recording.Record(Default, text).Features;
        var second = Recording.Record(new TextFeaturizer(new FeaturizerOptions { BucketBits = 10 }), text).Features;

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Featurize_AllBuckets_AreInRange()
    {
        var featurizer = new TextFeaturizer(new FeaturizerOptions { BucketBits = 10, CharNgramMax = 8 });
        var (_, features) = Recording.Record(featurizer, "the quick brown fox jumps over the lazy dog 12 times, don't you think");

        Assert.That(features.All(f => f.Bucket is >= 0 and < 1024), Is.True);
    }

    [TestCase(9)]
    [TestCase(25)]
    [TestCase(0)]
    [TestCase(-1)]
    public void Constructor_BucketBitsOutOfRange_Throws(int bits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TextFeaturizer(new FeaturizerOptions { BucketBits = bits }));

    [TestCase(10)]
    [TestCase(24)]
    public void Constructor_BucketBitsAtTheLimits_IsAccepted(int bits) =>
        Assert.That(new TextFeaturizer(new FeaturizerOptions { BucketBits = bits }).BucketCount, Is.EqualTo(1 << bits));

    [Test]
    public void Validate_CharNgramMaxBelowMin_Throws()
    {
        var options = new FeaturizerOptions { BucketBits = 10, CharNgramMin = 4, CharNgramMax = 3 };

        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TextFeaturizer(options));
        }
    }

    [Test]
    public void Validate_CharNgramMaxAboveSupportedOrMinNegative_Throws()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentOutOfRangeException>(new FeaturizerOptions { CharNgramMax = TextFeaturizer.MaxCharNgram + 1 }.Validate);
            Assert.Throws<ArgumentOutOfRangeException>(new FeaturizerOptions { CharNgramMin = -1 }.Validate);
        }
    }

    [Test]
    public void Validate_CharNgramsDisabled_IgnoresMax()
    {
        var options = new FeaturizerOptions { BucketBits = 10, CharNgramMin = 0, CharNgramMax = 0 };

        Assert.DoesNotThrow(options.Validate);
    }

    [Test]
    public void Constructor_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>(() => _ = new TextFeaturizer(null!));

    [Test]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new FeaturizerOptions();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.BucketBits, Is.EqualTo(18));
            Assert.That(options.BucketCount, Is.EqualTo(262_144));
            Assert.That(options.WordBigrams, Is.True);
            Assert.That(options.CharNgramMin, Is.EqualTo(3));
            Assert.That(options.CharNgramMax, Is.EqualTo(5));
            Assert.That(options.CharNgramWeight, Is.EqualTo(0.25f));
        }
    }
}
