using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage;

/// <summary>A supervisor's correction of a contact's speaker roles: the role each label should have, and why.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Roles">The role of each label the supervisor set (labels compare ordinally, as stored); unchanged ones are not recorded.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="CorrectedBy">Who: the web app user's name.</param>
/// <param name="CorrectedAt">When.</param>
public sealed record SpeakerRoleCorrection(
    string CallId, IReadOnlyDictionary<string, Speaker> Roles, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);
