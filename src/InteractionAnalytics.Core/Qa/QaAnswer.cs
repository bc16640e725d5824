namespace InteractionAnalytics.Core.Qa;

/// <summary>An answer to one form question.</summary>
public enum QaAnswer
{
    /// <summary>The agent did it: earns the question's points.</summary>
    Yes,

    /// <summary>The agent did not: earns nothing; on a critical question, fails the whole evaluation.</summary>
    No,

    /// <summary>Not applicable to this contact (only where the question allows it): left out of the score.</summary>
    NotApplicable,
}
