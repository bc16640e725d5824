using System.Collections.Frozen;
using System.Globalization;

namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// The VADER lexicon: lower-case token → mean valence, in −4 (most negative) … +4 (most positive). Read once, on first
/// use, from the embedded <c>Sentiment/vader_lexicon.tsv</c> (token TAB valence, one per line; see
/// third_party/vader/README.md for its origin and license).
/// </summary>
internal static class VaderLexicon
{
    /// <summary>The manifest name the project file gives the embedded lexicon.</summary>
    public const string ResourceName = "InteractionAnalytics.Core.Sentiment.vader_lexicon.tsv";

    // Lazy so that a process that never scores sentiment never pays for parsing 7,500 lines; thread-safe by default.
    private static readonly Lazy<FrozenDictionary<string, double>> Entries = new(Load);

    /// <summary>The lexicon; the same instance on every call, safe to read from any thread.</summary>
    public static FrozenDictionary<string, double> Valences => Entries.Value;

    private static FrozenDictionary<string, double> Load()
    {
        using var stream = typeof(VaderLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded VADER lexicon '{ResourceName}' is missing (a build problem).");
        using var reader = new StreamReader(stream);
        var valences = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new InvalidOperationException($"VADER lexicon line {lineNumber} is not 'token TAB valence': '{line}'.");
            }

            // The published lexicon lists 14 tokens twice (e.g. "ok" 1.6, later 1.2). The JS port builds an object
            // literal, where the later entry wins; assigning (not Add) keeps that behaviour.
            valences[line[..tab]] = valence;
        }

        return valences.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
