using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Resolution;

/// <summary>
/// Decides from a conversation's closing turns whether the customer's issue was resolved, with phrase rules labelled
/// <c>resolved</c> or <c>unresolved</c> (the <see cref="PhraseRuleSet"/> format of the root-cause rules, see
/// docs/resolution.md). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The decision: read the last <see cref="ResolutionOptions.ClosingTurns"/> turns of any speaker; match the rules
/// (negated hits are dropped by the rule set); weight each hit by its rule weight times
/// <see cref="ResolutionOptions.Decay"/>^k, k the turn's distance from the last turn; per turn and outcome keep only
/// the strongest hit; sum per outcome. The larger sum wins when it is at least <see cref="ResolutionOptions.MinScore"/>;
/// a tie or a smaller winning sum is unknown.
/// </remarks>
public sealed class ResolutionDetector
{
    /// <summary>Creates a detector.</summary>
    /// <param name="rules">Rules labelled only <c>resolved</c> or <c>unresolved</c>, e.g. from <see cref="ParseRules"/>.</param>
    /// <param name="options">The window, decay and threshold; <see langword="null"/> for <see cref="ResolutionOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A rule has another label (a root-cause rule set passed by mistake).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ResolutionDetector(PhraseRuleSet rules, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        options ??= ResolutionOptions.Default;
        options.Validate();
        foreach (var rule in rules.Rules)
        {
            if (!ResolutionOutcomeNames.RuleLabels.Contains(rule.RootCause, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Rule '{rule.Id}' is labelled '{rule.RootCause}'; resolution rules are labelled "
                    + $"'{ResolutionOutcomeNames.Resolved}' or '{ResolutionOutcomeNames.Unresolved}'.",
                    nameof(rules));
            }
        }

        Rules = rules;
        Options = options;
    }

    /// <summary>The rules.</summary>
    public PhraseRuleSet Rules { get; }

    /// <summary>The options.</summary>
    public ResolutionOptions Options { get; }

    /// <summary>
    /// Parses a resolution rule file: the phrase-rule format, with <c>root_cause</c> holding <c>resolved</c> or
    /// <c>unresolved</c> (<see cref="ResolutionOutcomeNames.RuleLabels"/>). Every rule's examples are checked to hit.
    /// </summary>
    /// <exception cref="PhraseRuleFormatException">The file or a rule is invalid; the message names the rule.</exception>
    public static PhraseRuleSet ParseRules(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PhraseRuleSet.Parse(json, [.. ResolutionOutcomeNames.RuleLabels]);
    }

    /// <summary>Decides the resolution of the conversation in <paramref name="turns"/> (in the order spoken).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="turns"/> is null.</exception>
    /// <exception cref="ArgumentException">A closing turn is null.</exception>
    public ResolutionResult Detect(IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var first = Math.Max(0, turns.Count - Options.ClosingTurns);
        var closing = new Turn[turns.Count - first];
        for (var i = 0; i < closing.Length; i++)
        {
            closing[i] = turns[first + i] ?? throw new ArgumentException($"Turn {first + i} is null.", nameof(turns));
        }

        var hits = new List<PhraseRuleHit>();
        Rules.Match(closing, hits);

        // Per turn and outcome only the strongest hit counts: overlapping rules and repeated thanks must not add up.
        // Hits come in turn and start order and a later hit replaces only a strictly stronger one, so the first of equals wins.
        var evidence = new ResolutionEvidence[hits.Count];
        var strongest = new Dictionary<(int Turn, ResolutionOutcome Outcome), int>();
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            var outcome = ResolutionOutcomeNames.Parse(hit.RootCause);
            var turnIndex = first + hit.TurnIndex;
            var distance = turns.Count - 1 - turnIndex;
            evidence[h] = new ResolutionEvidence(
                turnIndex, closing[hit.TurnIndex].Speaker, hit.RuleId, outcome, hit.Start, hit.End, hit.Text, hit.Weight,
                Math.Pow(Options.Decay, distance), Counted: false);
            var key = (turnIndex, outcome);
            if (!strongest.TryGetValue(key, out var best) || hit.Weight > hits[best].Weight)
            {
                strongest[key] = h;
            }
        }

        double resolved = 0, unresolved = 0;
        foreach (var h in strongest.Values)
        {
            evidence[h] = evidence[h] with { Counted = true };
            if (evidence[h].Outcome == ResolutionOutcome.Resolved)
            {
                resolved += evidence[h].Contribution;
            }
            else
            {
                unresolved += evidence[h].Contribution;
            }
        }

        var (result, win, lose) = resolved > unresolved
            ? (ResolutionOutcome.Resolved, resolved, unresolved)
            : unresolved > resolved
                ? (ResolutionOutcome.Unresolved, unresolved, resolved)
                : (ResolutionOutcome.Unknown, 0.0, 0.0);
        if (win < Options.MinScore)
        {
            result = ResolutionOutcome.Unknown;
        }

        var confidence = result == ResolutionOutcome.Unknown ? 0 : 1 / (1 + Math.Exp(-(win - lose)));
        return new ResolutionResult(result, confidence, resolved, unresolved, first, evidence);
    }
}
