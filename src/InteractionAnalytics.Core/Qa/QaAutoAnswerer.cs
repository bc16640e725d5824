using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Qa;

/// <summary>
/// Answers the automatic form items from a transcript with QA cue rules (a <see cref="PhraseRuleSet"/> whose
/// <c>root_cause</c> is the item's name, see <see cref="QaAutoKinds"/>), in the agent's turns only and each item within
/// its window of agent turns (docs/qa.md): greeting in the agent's first <see cref="GreetingTurns"/> turns,
/// identity verification and empathy in any agent turn, recap in the last <see cref="RecapTurns"/>, closing in the last
/// <see cref="ClosingTurns"/>. Negated phrases ("I'm not sorry") do not count, as everywhere phrase rules are used.
/// Immutable and thread-safe.
/// </summary>
public sealed class QaAutoAnswerer
{
    /// <summary>How many of the agent's first turns a greeting is looked for in: 2.</summary>
    public const int GreetingTurns = 2;

    /// <summary>How many of the agent's last turns a recap is looked for in: 4.</summary>
    public const int RecapTurns = 4;

    /// <summary>How many of the agent's last turns a closing is looked for in: 2.</summary>
    public const int ClosingTurns = 2;

    /// <summary>Creates the answerer over cue rules whose root causes are automatic item names.</summary>
    /// <exception cref="ArgumentException">A rule's root cause is not an automatic item's name.</exception>
    public QaAutoAnswerer(PhraseRuleSet cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        foreach (var rule in cues.Rules)
        {
            if (!QaAutoKinds.TryParse(rule.RootCause, out _))
            {
                throw new ArgumentException($"Rule '{rule.Id}': '{rule.RootCause}' is not an automatic QA item ({string.Join(", ", QaAutoKinds.Names)}).", nameof(cues));
            }
        }

        Cues = cues;
    }

    /// <summary>The cue rules.</summary>
    public PhraseRuleSet Cues { get; }

    /// <summary>
    /// Parses a QA cue rule file (the phrase-rule format of docs/root-cause-rules.md, <c>root_cause</c> being one of
    /// <see cref="QaAutoKinds.Names"/>).
    /// </summary>
    /// <exception cref="PhraseRuleFormatException">The file is invalid; the message names the rule.</exception>
    public static QaAutoAnswerer Parse(string json) => new(PhraseRuleSet.Parse(json, [.. QaAutoKinds.Names]));

    /// <summary>
    /// Every automatic item's answer for a transcript, by item. Empty when <paramref name="turns"/> is empty: without a
    /// transcript nothing is answered automatically and the analyst answers.
    /// </summary>
    /// <param name="turns">The whole transcript in order; evidence turn indexes are positions in this list.</param>
    public IReadOnlyDictionary<QaAutoKind, QaAutoResult> Answer(IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var results = new Dictionary<QaAutoKind, QaAutoResult>();
        if (turns.Count == 0)
        {
            return results;
        }

        // Each agent turn's position among the agent's turns: the windows count the agent's turns, not everybody's.
        var agentOrdinal = new int[turns.Count];
        var agentTurns = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            agentOrdinal[i] = turns[i].Speaker == Speaker.Agent ? agentTurns++ : -1;
        }

        var hits = new List<PhraseRuleHit>();
        Cues.Match(turns, hits);
        foreach (var (kind, name) in QaAutoKinds.All)
        {
            QaEvidence? evidence = null;
            foreach (var hit in hits)
            {
                if (string.Equals(hit.RootCause, name, StringComparison.Ordinal)
                    && agentOrdinal[hit.TurnIndex] >= 0
                    && InWindow(kind, agentOrdinal[hit.TurnIndex], agentTurns))
                {
                    evidence = new QaEvidence(hit.RuleId, hit.TurnIndex, hit.Start, hit.End, hit.Text);
                    break;
                }
            }

            results.Add(kind, new QaAutoResult(kind, evidence));
        }

        return results;
    }

    /// <summary>Whether the agent's turn number <paramref name="ordinal"/> (0-based, of <paramref name="agentTurns"/>) is in the item's window.</summary>
    public static bool InWindow(QaAutoKind kind, int ordinal, int agentTurns) => kind switch
    {
        QaAutoKind.Greeting => ordinal < GreetingTurns,
        QaAutoKind.Recap => ordinal >= agentTurns - RecapTurns,
        QaAutoKind.Closing => ordinal >= agentTurns - ClosingTurns,
        _ => true,
    };
}
