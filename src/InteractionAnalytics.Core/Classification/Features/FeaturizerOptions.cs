namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>
/// How <see cref="TextFeaturizer"/> turns text into hashed features. Stored in the model file, so a model is always
/// scored with the options it was trained with.
/// </summary>
public sealed record FeaturizerOptions
{
    /// <summary>log2 of the number of hash buckets; default 18 (262,144 buckets). Valid range 10..24.</summary>
    public int BucketBits { get; init; } = 18;

    /// <summary>Whether adjacent word pairs are features; default <see langword="true"/>.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Shortest character n-gram, counted inside a word padded with boundary marks; default 3. 0 disables.</summary>
    public int CharNgramMin { get; init; } = 3;

    /// <summary>Longest character n-gram; default 5. Must be at least <see cref="CharNgramMin"/>.</summary>
    public int CharNgramMax { get; init; } = 5;

    /// <summary>Value each word unigram adds to its bucket; default 1.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>Value each word bigram adds to its bucket; default 1.</summary>
    public float BigramWeight { get; init; } = 1f;

    /// <summary>
    /// Value each character n-gram adds to its bucket; default 0.25, so the many n-grams of a word together weigh
    /// about as much as the word itself (a 6-letter word has 18 n-grams of length 3..5).
    /// </summary>
    public float CharNgramWeight { get; init; } = 0.25f;

    /// <summary>The number of buckets, 2^<see cref="BucketBits"/>.</summary>
    public int BucketCount => 1 << BucketBits;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BucketBits, 10, nameof(BucketBits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BucketBits, 24, nameof(BucketBits));
        ArgumentOutOfRangeException.ThrowIfNegative(CharNgramMin, nameof(CharNgramMin));
        if (CharNgramMin > 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(CharNgramMax, CharNgramMin, nameof(CharNgramMax));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(CharNgramMax, TextFeaturizer.MaxCharNgram, nameof(CharNgramMax));
        }
    }
}
