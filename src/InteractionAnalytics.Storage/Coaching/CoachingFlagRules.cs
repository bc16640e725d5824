namespace InteractionAnalytics.Storage.Coaching;

/// <summary>When a contact is flagged for coaching automatically.</summary>
/// <param name="QaScoreThreshold">
/// A submitted evaluation whose score (0..1) is strictly below this is flagged (default 0.7); one with a critical
/// failure always is.
/// </param>
/// <param name="MinRootCauseConfidence">
/// The model's <c>agent</c> root cause flags a contact only at this confidence or more (inclusive, default 0.5); a
/// supervisor's correction to <c>agent</c> always does.
/// </param>
public sealed record CoachingFlagRules(double QaScoreThreshold = CoachingFlagRules.DefaultQaScoreThreshold, double MinRootCauseConfidence = 0.5)
{
    /// <summary>The default QA score threshold, 0.7.</summary>
    public const double DefaultQaScoreThreshold = 0.7;

    /// <summary>The user name generated items are created by.</summary>
    public const string SystemUser = "system";
}
