namespace InteractionAnalytics.Core.Dynamics;

/// <summary>Whether <see cref="ConversationDynamics.Compute"/> could measure a conversation.</summary>
public enum DynamicsStatus
{
    /// <summary>Every metric was computed.</summary>
    Computed,

    /// <summary>The transcript has no turns: there is nothing to measure, and every metric is <see langword="null"/>.</summary>
    NoTurns,

    /// <summary>
    /// An agent or customer turn lacks a start or end time (or has invalid times), or no turn at all is timed: every
    /// metric is <see langword="null"/>, and <see cref="DynamicsResult.UntimedReason"/> says why.
    /// </summary>
    Untimed,
}
