namespace InteractionAnalytics.Storage.Audit;

/// <summary>The values of <c>audit_log.action</c>.</summary>
public static class AuditActions
{
    /// <summary>A supervisor corrected a contact's intent and/or root cause; before and after hold both labels.</summary>
    public const string CorrectClassification = "correct_classification";

    /// <summary>A supervisor corrected a contact's speaker roles; before and after hold the changed labels' roles (label: role).</summary>
    public const string CorrectSpeakerRoles = "correct_speaker_roles";

    /// <summary>A user was added; after holds the name, role and agent id (never the password hash).</summary>
    public const string AddUser = "add_user";

    /// <summary>A user was disabled.</summary>
    public const string DisableUser = "disable_user";
}
