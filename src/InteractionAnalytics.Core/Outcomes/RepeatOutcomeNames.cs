namespace InteractionAnalytics.Core.Outcomes;

/// <summary>The stable names of <see cref="RepeatOutcome"/> values, as stored and reported.</summary>
public static class RepeatOutcomeNames
{
    /// <summary><see cref="RepeatOutcome.ResolvedFirstContact"/>.</summary>
    public const string ResolvedFirstContact = "resolved_first_contact";

    /// <summary><see cref="RepeatOutcome.Repeated"/>.</summary>
    public const string Repeated = "repeated";

    /// <summary><see cref="RepeatOutcome.Pending"/>.</summary>
    public const string Pending = "pending";

    /// <summary><see cref="RepeatOutcome.Unlinkable"/>.</summary>
    public const string Unlinkable = "unlinkable";

    /// <summary><see cref="RepeatOutcome.NotApplicable"/>.</summary>
    public const string NotApplicable = "not_applicable";

    /// <summary>The stored name of <paramref name="outcome"/>.</summary>
    public static string ToName(RepeatOutcome outcome) => outcome switch
    {
        RepeatOutcome.ResolvedFirstContact => ResolvedFirstContact,
        RepeatOutcome.Repeated => Repeated,
        RepeatOutcome.Pending => Pending,
        RepeatOutcome.Unlinkable => Unlinkable,
        RepeatOutcome.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The outcome named <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">The name is not one of the stored names.</exception>
    public static RepeatOutcome Parse(string name) => name switch
    {
        ResolvedFirstContact => RepeatOutcome.ResolvedFirstContact,
        Repeated => RepeatOutcome.Repeated,
        Pending => RepeatOutcome.Pending,
        Unlinkable => RepeatOutcome.Unlinkable,
        NotApplicable => RepeatOutcome.NotApplicable,
        _ => throw new FormatException($"'{name}' is not a repeat outcome."),
    };
}
