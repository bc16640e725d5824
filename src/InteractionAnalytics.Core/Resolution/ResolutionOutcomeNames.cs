namespace InteractionAnalytics.Core.Resolution;

/// <summary>
/// The stable names of <see cref="ResolutionOutcome"/> values: how they are reported, and the labels resolution rules
/// carry in a phrase-rule file's <c>root_cause</c> key.
/// </summary>
public static class ResolutionOutcomeNames
{
    /// <summary><see cref="ResolutionOutcome.Unknown"/>.</summary>
    public const string Unknown = "unknown";

    /// <summary><see cref="ResolutionOutcome.Resolved"/>; also a rule label.</summary>
    public const string Resolved = "resolved";

    /// <summary><see cref="ResolutionOutcome.Unresolved"/>; also a rule label.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>
    /// The labels a resolution rule may carry: <c>resolved</c> and <c>unresolved</c>. There are no rules for unknown; it
    /// is what remains when neither outcome has enough evidence. Pass these as the allowed labels to
    /// <see cref="Core.Classification.Rules.PhraseRuleSet.Parse"/>.
    /// </summary>
    public static IReadOnlyList<string> RuleLabels { get; } = [Resolved, Unresolved];

    /// <summary>The reported name of <paramref name="outcome"/>.</summary>
    public static string ToName(ResolutionOutcome outcome) => outcome switch
    {
        ResolutionOutcome.Unknown => Unknown,
        ResolutionOutcome.Resolved => Resolved,
        ResolutionOutcome.Unresolved => Unresolved,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown resolution outcome."),
    };

    /// <summary>The outcome named <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <exception cref="FormatException">The name is not <c>unknown</c>, <c>resolved</c> or <c>unresolved</c>.</exception>
    public static ResolutionOutcome Parse(string name) => name switch
    {
        Unknown => ResolutionOutcome.Unknown,
        Resolved => ResolutionOutcome.Resolved,
        Unresolved => ResolutionOutcome.Unresolved,
        _ => throw new FormatException($"'{name}' is not a resolution outcome."),
    };
}
