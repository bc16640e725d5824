using System.Text.RegularExpressions;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>
/// A validated lexicon of <see cref="PhraseRule"/>s, parsed from a JSON rule file (see <c>docs/root-cause-rules.md</c>),
/// that finds evidence for root causes in transcript turns. Each hit carries the rule's weight (log-odds a scorer adds to
/// the root cause's score) and exact character offsets into the turn's text. Patterns are compiled with
/// <see cref="PatternOptions"/>, which include <see cref="RegexOptions.NonBacktracking"/>: matching is linear in the
/// text length whatever the input, and lookarounds, backreferences, atomic groups and conditionals are not allowed.
/// Immutable and thread-safe once parsed.
/// </summary>
public sealed class PhraseRuleSet
{
    /// <summary>The options every pattern is compiled with: case-insensitive, culture-invariant, linear-time.</summary>
    public const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The rule-file <c>version</c> this parser reads: 1.</summary>
    public const int SupportedVersion = 1;

    /// <summary>The largest weight a rule may have: 10 log-odds (odds of about 22,000 to 1). Larger is taken as a typo.</summary>
    public const double MaxWeight = 10;

    private static readonly int SpeakerCount = Enum.GetValues<Speaker>().Length;

    private readonly PhraseRule[] _rules;
    private readonly PhraseRule[][] _bySpeaker;
    private readonly PhraseRule[] _anySpeaker;
    private readonly Dictionary<string, PhraseRule> _byId;

    internal PhraseRuleSet(PhraseRule[] rules, NegationScope negation)
    {
        _rules = rules;
        Negation = negation;
        _byId = rules.ToDictionary(rule => rule.Id, StringComparer.OrdinalIgnoreCase);
        _anySpeaker = [.. rules.Where(rule => rule.Speakers is null)];
        _bySpeaker = new PhraseRule[SpeakerCount][];
        for (var s = 0; s < SpeakerCount; s++)
        {
            var speaker = (Speaker)s;
            _bySpeaker[s] = [.. rules.Where(rule => rule.AppliesTo(speaker))];
        }
    }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<PhraseRule> Rules => _rules;

    /// <summary>How a negation cue before a match suppresses the hit (the file's <c>negation</c> section, or the defaults).</summary>
    public NegationScope Negation { get; }

    /// <summary>
    /// Parses and validates a rule file. The JSON may contain comments and trailing commas. Every pattern is expanded
    /// (macros) and compiled here, and every rule's <c>examples</c> are checked to hit, so a set that parses is ready to
    /// match.
    /// </summary>
    /// <param name="json">The rule file's text.</param>
    /// <param name="allowedRootCauses">The root-cause ids of the taxonomy (compared ordinally, case-sensitive).</param>
    /// <exception cref="PhraseRuleFormatException">
    /// The text is not valid JSON, or the file or a rule is invalid: unknown key, missing or mistyped value, unsupported
    /// version, unknown root cause, duplicate rule id, empty or invalid pattern, a construct the linear-time engine does
    /// not support, unknown or cyclic macro, a pattern that can match empty text, a weight that is not in (0,
    /// <see cref="MaxWeight"/>], an unknown speaker, or an example the rule does not hit. The message names the rule.
    /// </exception>
    public static PhraseRuleSet Parse(string json, IReadOnlyCollection<string> allowedRootCauses)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(allowedRootCauses);
        return PhraseRuleSetParser.Parse(json, allowedRootCauses);
    }

    /// <summary>The rule with <paramref name="id"/> (ignoring case), or <see langword="null"/>.</summary>
    public PhraseRule? FindRule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Appends to <paramref name="hits"/> every hit of every rule in <paramref name="turns"/>, each rule only on turns
    /// by its <see cref="PhraseRule.Speakers"/>, without negated hits (unless the rule allows them). Hits are appended
    /// in turn order and, within a turn, ordered by start, end, then rule id. A rule's matches within one turn do not
    /// overlap each other; different rules may hit overlapping text. Matching allocates only the hit's text.
    /// </summary>
    public void Match(IReadOnlyList<Turn> turns, List<PhraseRuleHit> hits)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(hits);
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i] ?? throw new ArgumentException($"Turn {i} is null.", nameof(turns));
            MatchTurn(i, turn.Speaker, turn.Text, hits);
        }
    }

    /// <summary>
    /// Appends the hits in one plain text, taken as turn 0 said by <see cref="Speaker.Customer"/> (so rules limited
    /// to other speakers do not apply). Otherwise as <see cref="Match(IReadOnlyList{Turn}, List{PhraseRuleHit})"/>.
    /// </summary>
    public void Match(string text, List<PhraseRuleHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        MatchTurn(0, Speaker.Customer, text, hits);
    }

    /// <summary>Whether <paramref name="rule"/> hits <paramref name="text"/> at least once (negation applied).</summary>
    internal bool Hits(PhraseRule rule, string text)
    {
        foreach (var match in rule.Regex.EnumerateMatches(text))
        {
            if (match.Length > 0 && (rule.AllowNegated || !Negation.IsNegated(text, match.Index)))
            {
                return true;
            }
        }

        return false;
    }

    private void MatchTurn(int turnIndex, Speaker speaker, string? text, List<PhraseRuleHit> hits)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var rules = (uint)speaker < (uint)SpeakerCount ? _bySpeaker[(int)speaker] : _anySpeaker;
        var first = hits.Count;
        foreach (var rule in rules)
        {
            foreach (var match in rule.Regex.EnumerateMatches(text))
            {
                // Patterns that can match empty text are rejected when parsed; this guards the invariant End > Start.
                if (match.Length == 0 || (!rule.AllowNegated && Negation.IsNegated(text, match.Index)))
                {
                    continue;
                }

                var end = match.Index + match.Length;
                hits.Add(new PhraseRuleHit(rule.Id, rule.RootCause, rule.Weight, turnIndex, match.Index, end, text[match.Index..end]));
            }
        }

        if (hits.Count - first > 1)
        {
            hits.Sort(first, hits.Count - first, PhraseRuleHitOrder.Instance);
        }
    }
}
