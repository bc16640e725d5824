namespace InteractionAnalytics.Core.Scorecards;

/// <summary>The numbers a scorecard compares, in the order it shows them.</summary>
public enum ScorecardMetric
{
    /// <summary>Average handle time, seconds; n = handled contacts.</summary>
    Aht,

    /// <summary>First-contact resolution rate, 0..1; n = contacts whose repeat window has elapsed.</summary>
    Fcr,

    /// <summary>Repeat rate = repeated / (resolved + repeated) = 1 − FCR, 0..1; same n as FCR.</summary>
    RepeatRate,

    /// <summary>Transferred / handled, 0..1; n = handled contacts.</summary>
    TransferRate,

    /// <summary>Mean customer sentiment change (end − start), -2..2; n = contacts with a known change.</summary>
    SentimentChange,

    /// <summary>Contacts whose effective root cause is <c>agent</c> / classified contacts, 0..1; n = classified contacts.</summary>
    AgentRootCauseShare,

    /// <summary>Mean QA score of submitted evaluations, 0..1; n = evaluations.</summary>
    QaScore,
}
