namespace InteractionAnalytics.Core.Classification.Rules;

/// <summary>A phrase-rule file cannot be used; the message names the rule (or macro) and the problem.</summary>
public sealed class PhraseRuleFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PhraseRuleFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PhraseRuleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PhraseRuleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem in one rule.</summary>
    /// <param name="ruleId">The rule's id, or <see langword="null"/> when the rule has no usable id.</param>
    /// <param name="message">The full message, which already names the rule.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PhraseRuleFormatException(string? ruleId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>The id of the rule at fault; <see langword="null"/> when the problem is not in one identified rule.</summary>
    public string? RuleId { get; }
}
