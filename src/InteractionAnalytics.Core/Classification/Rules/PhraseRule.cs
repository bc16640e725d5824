using System.Text.RegularExpressions;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>
/// One phrase rule of a <see cref="PhraseRuleSet"/>: a pattern that, when it matches a turn said by one of
/// <see cref="Speakers"/>, is evidence for <see cref="RootCause"/> worth <see cref="Weight"/>. Created only by
/// <see cref="PhraseRuleSet.Parse"/>, which validates every property. Immutable and thread-safe.
/// </summary>
public sealed class PhraseRule
{
    private readonly Speaker[]? _speakers;

    internal PhraseRule(
        string id,
        string rootCause,
        string pattern,
        double weight,
        Speaker[]? speakers,
        string description,
        bool allowNegated,
        IReadOnlyList<string> examples,
        Regex regex)
    {
        Id = id;
        RootCause = rootCause;
        Pattern = pattern;
        Weight = weight;
        _speakers = speakers;
        Description = description;
        AllowNegated = allowNegated;
        Examples = examples;
        Regex = regex;
    }

    /// <summary>The rule's unique id, e.g. <c>ivr.on_hold_duration</c> (unique ignoring case).</summary>
    public string Id { get; }

    /// <summary>The root-cause id a hit is evidence for; one of the allowed root causes given to the parser.</summary>
    public string RootCause { get; }

    /// <summary>The pattern as written in the rule file, macros unexpanded.</summary>
    public string Pattern { get; }

    /// <summary>
    /// The regex actually compiled: <see cref="Pattern"/> with macros expanded, wrapped in <c>\b(?:…)\b</c>, matched with
    /// <see cref="PhraseRuleSet.PatternOptions"/>.
    /// </summary>
    public string CompiledPattern => Regex.ToString();

    /// <summary>
    /// Log-odds a hit adds to <see cref="RootCause"/>'s score; greater than 0 and at most
    /// <see cref="PhraseRuleSet.MaxWeight"/> (typically 0.5 to 3).
    /// </summary>
    public double Weight { get; }

    /// <summary>The speakers whose turns the rule applies to; <see langword="null"/> means any speaker.</summary>
    public IReadOnlyList<Speaker>? Speakers => _speakers;

    /// <summary>What the rule detects, for people reading the evidence; empty when the file gives none.</summary>
    public string Description { get; }

    /// <summary>
    /// Whether a hit counts even when a negation cue precedes it (see <see cref="NegationScope"/>); default
    /// <see langword="false"/>.
    /// </summary>
    public bool AllowNegated { get; }

    /// <summary>Texts the rule is documented to hit; the parser checks each one does. Empty when the file gives none.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>The compiled pattern; thread-safe.</summary>
    internal Regex Regex { get; }

    /// <summary>Whether the rule applies to turns said by <paramref name="speaker"/>.</summary>
    public bool AppliesTo(Speaker speaker) => _speakers is null || Array.IndexOf(_speakers, speaker) >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({RootCause}, {Weight})";
}
