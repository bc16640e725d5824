using System.Collections.Frozen;

namespace InteractionAnalytics.Core.Sentiment;

/// <summary>
/// The constants and word lists of VADER (Hutto &amp; Gilbert 2014), copied value for value and in the same case from
/// <c>src/vaderSentiment.js</c> of the npm package <c>vader-sentiment</c> 1.1.3 (see third_party/vader/README.md).
/// They are not tuned for call centers on purpose: the scores must stay comparable with published VADER results.
/// </summary>
internal static class VaderRules
{
    /// <summary>Valence added by a booster word ("very good"), in lexicon units (the lexicon spans −4 … +4).</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>Valence added by a dampener word ("slightly good"), in lexicon units.</summary>
    public const double BoosterDecrement = -0.293;

    /// <summary>Valence added to an ALL-CAPS sentiment word when other words are not all caps, in lexicon units.</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Factor applied to a valence after a negation word ("not good").</summary>
    public const double NegationScalar = -0.74;

    /// <summary>The α of the compound normalisation x / √(x² + α): a summed valence of √15 ≈ 3.87 gives a compound of about 0.71.</summary>
    public const double NormalisationAlpha = 15;

    /// <summary>Factor applied to every word before the first "but" (the contrast weakens what came before).</summary>
    public const double BeforeButFactor = 0.5;

    /// <summary>Factor applied to every word after the first "but".</summary>
    public const double AfterButFactor = 1.5;

    /// <summary>Valence added per exclamation mark in the text, in lexicon units; at most <see cref="MaxExclamations"/> count.</summary>
    public const double ExclamationIncrement = 0.292;

    /// <summary>The most exclamation marks that add emphasis.</summary>
    public const int MaxExclamations = 4;

    /// <summary>Valence added per question mark when the text has 2 or 3 of them, in lexicon units.</summary>
    public const double QuestionIncrement = 0.18;

    /// <summary>Valence added when the text has more than 3 question marks, in lexicon units.</summary>
    public const double QuestionMaximum = 0.96;

    /// <summary>
    /// Punctuation that is stripped from the start or the end of a token (JS <c>PUNC_LIST</c>). Only these exact
    /// strings are stripped: "broken???!!!" keeps its punctuation and is then not found in the lexicon.
    /// </summary>
    public static readonly string[] PunctuationAffixes =
    [
        ".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?",
    ];

    /// <summary>Negation words (JS <c>NEGATE</c>); matched case-sensitively, as in the JS port.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.Create(
        StringComparer.Ordinal,
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
        "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't",
        "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
        "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
        "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom",
        "despite");

    /// <summary>
    /// Booster (positive) and dampener (negative) degree adverbs with the valence they add (JS <c>BOOSTER_DICT</c>).
    /// The multi-word entries only ever match in the idiom check, because tokens never contain spaces.
    /// </summary>
    public static readonly FrozenDictionary<string, double> Boosters = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["absolutely"] = BoosterIncrement,
        ["amazingly"] = BoosterIncrement,
        ["awfully"] = BoosterIncrement,
        ["completely"] = BoosterIncrement,
        ["considerably"] = BoosterIncrement,
        ["decidedly"] = BoosterIncrement,
        ["deeply"] = BoosterIncrement,
        ["effing"] = BoosterIncrement,
        ["enormously"] = BoosterIncrement,
        ["entirely"] = BoosterIncrement,
        ["especially"] = BoosterIncrement,
        ["exceptionally"] = BoosterIncrement,
        ["extremely"] = BoosterIncrement,
        ["fabulously"] = BoosterIncrement,
        ["flipping"] = BoosterIncrement,
        ["flippin"] = BoosterIncrement,
        ["fricking"] = BoosterIncrement,
        ["frickin"] = BoosterIncrement,
        ["frigging"] = BoosterIncrement,
        ["friggin"] = BoosterIncrement,
        ["fully"] = BoosterIncrement,
        ["fucking"] = BoosterIncrement,
        ["greatly"] = BoosterIncrement,
        ["hella"] = BoosterIncrement,
        ["highly"] = BoosterIncrement,
        ["hugely"] = BoosterIncrement,
        ["incredibly"] = BoosterIncrement,
        ["intensely"] = BoosterIncrement,
        ["majorly"] = BoosterIncrement,
        ["more"] = BoosterIncrement,
        ["most"] = BoosterIncrement,
        ["particularly"] = BoosterIncrement,
        ["purely"] = BoosterIncrement,
        ["quite"] = BoosterIncrement,
        ["really"] = BoosterIncrement,
        ["remarkably"] = BoosterIncrement,
        ["so"] = BoosterIncrement,
        ["substantially"] = BoosterIncrement,
        ["thoroughly"] = BoosterIncrement,
        ["totally"] = BoosterIncrement,
        ["tremendously"] = BoosterIncrement,
        ["uber"] = BoosterIncrement,
        ["unbelievably"] = BoosterIncrement,
        ["unusually"] = BoosterIncrement,
        ["utterly"] = BoosterIncrement,
        ["very"] = BoosterIncrement,
        ["almost"] = BoosterDecrement,
        ["barely"] = BoosterDecrement,
        ["hardly"] = BoosterDecrement,
        ["just enough"] = BoosterDecrement,
        ["kind of"] = BoosterDecrement,
        ["kinda"] = BoosterDecrement,
        ["kindof"] = BoosterDecrement,
        ["kind-of"] = BoosterDecrement,
        ["less"] = BoosterDecrement,
        ["little"] = BoosterDecrement,
        ["marginally"] = BoosterDecrement,
        ["occasionally"] = BoosterDecrement,
        ["partly"] = BoosterDecrement,
        ["scarcely"] = BoosterDecrement,
        ["slightly"] = BoosterDecrement,
        ["somewhat"] = BoosterDecrement,
        ["sort of"] = BoosterDecrement,
        ["sorta"] = BoosterDecrement,
        ["sortof"] = BoosterDecrement,
        ["sort-of"] = BoosterDecrement,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Idioms that replace the valence of the sentiment word they contain (JS <c>SPECIAL_CASE_IDIOMS</c>), in lexicon
    /// units; matched case-sensitively on space-joined tokens, as in the JS port.
    /// </summary>
    public static readonly FrozenDictionary<string, double> Idioms = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["the shit"] = 3,
        ["the bomb"] = 3,
        ["bad ass"] = 1.5,
        ["yeah right"] = -2,
        ["cut the mustard"] = 2,
        ["kiss of death"] = -1.5,
        ["hand to mouth"] = -2,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
