namespace InteractionAnalytics.Core.Dynamics;

/// <summary>
/// A stretch of a recording, in seconds from the start of the recording: a declared hold passed to
/// <see cref="ConversationDynamics.Compute"/>, or a silence or talk-over episode it reports.
/// </summary>
/// <param name="StartSeconds">Start, in seconds from the start of the recording (inclusive).</param>
/// <param name="EndSeconds">End, in seconds from the start of the recording; never before <paramref name="StartSeconds"/>.</param>
public readonly record struct SecondsInterval(double StartSeconds, double EndSeconds)
{
    /// <summary>The length in seconds, <see cref="EndSeconds"/> − <see cref="StartSeconds"/>; 0 or more.</summary>
    public double LengthSeconds => EndSeconds - StartSeconds;
}
