using System.Runtime.CompilerServices;

namespace InteractionAnalytics.Core.Classification.Features;

/// <summary>
/// The hash behind every feature bucket: FNV-1a over UTF-16 code units, then MurmurHash3's 32-bit finaliser. Fixed
/// here rather than <see cref="string.GetHashCode()"/>, which is randomised per process, because a model file stores
/// weights by bucket and must mean the same thing in every process and on every machine.
/// </summary>
internal static class FeatureHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>Seed of word unigrams.</summary>
    public const uint WordSeed = 0x9E3779B9;

    /// <summary>Seed of character n-grams.</summary>
    public const uint CharSeed = 0x85EBCA6B;

    /// <summary>Seed of word bigrams.</summary>
    public const uint BigramSeed = 0xC2B2AE35;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var h = Start(seed);
        foreach (var c in chars)
        {
            h = Step(h, c);
        }

        return Finish(h);
    }

    /// <summary>The running state before any character: <c>Finish(Step(...Step(Start(seed), c1)..., cn))</c> is <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Start(uint seed) => FnvOffset ^ seed;

    /// <summary>The running state after one more character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint state, char c) => unchecked((state ^ c) * FnvPrime);

    /// <summary>The hash of the characters stepped so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint state) => Finalise(state);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint first, uint second, uint seed) => unchecked(Finalise((first * 31) ^ (second + seed)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finalise(uint h)
    {
        unchecked
        {
            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return h;
        }
    }
}
