using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Speakers;

/// <summary>A transcript with roles assigned to its speaker labels, and how sure the assignment is.</summary>
/// <param name="Transcript">The transcript with every turn's speaker set to its label's role.</param>
/// <param name="Labels">Each turn's speaker label as the source gave it, index for index with the transcript's turns.</param>
/// <param name="Assignments">One assignment per label, in the order the labels first speak.</param>
/// <param name="Confidence">The lowest confidence of any assignment, from 0 to 1 (1 when nothing was inferred).</param>
/// <param name="NeedsReview">
/// Whether a supervisor should check the roles: an inferred confidence below
/// <see cref="SpeakerRoleOptions.LowConfidence"/>, or a single label speaking for both parties.
/// </param>
/// <param name="ReviewReason">Why <paramref name="NeedsReview"/> is set, in words; <see langword="null"/> otherwise.</param>
public sealed record SpeakerRoleResult(
    Transcript Transcript, IReadOnlyList<string> Labels, IReadOnlyList<SpeakerRoleAssignment> Assignments, double Confidence, bool NeedsReview, string? ReviewReason)
{
    /// <summary>The role of <paramref name="label"/>, or <see langword="null"/> when no turn has that label.</summary>
    public Speaker? RoleOf(string label)
    {
        foreach (var assignment in Assignments)
        {
            if (string.Equals(assignment.Label, label, StringComparison.Ordinal))
            {
                return assignment.Role;
            }
        }

        return null;
    }
}
