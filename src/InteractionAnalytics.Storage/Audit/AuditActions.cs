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

    /// <summary>A disabled user was enabled again.</summary>
    public const string EnableUser = "enable_user";

    /// <summary>A user's role and/or agent id changed; before and after hold both.</summary>
    public const string ChangeUserRole = "change_user_role";

    /// <summary>An admin set a user's password; the entry never holds the password or its hash.</summary>
    public const string ResetPassword = "reset_password";

    /// <summary>A coach flagged a contact for coaching by hand (entity: the contact); after holds the item, agent and kind, reason the coach's reason.</summary>
    public const string FlagForCoaching = "flag_for_coaching";

    /// <summary>A coach added a note to a coaching item (entity: the item); after holds the note's text.</summary>
    public const string AddCoachingNote = "add_coaching_note";

    /// <summary>A coach closed a coaching item (entity: the item); before and after hold the status, reason the closing note.</summary>
    public const string CloseCoachingItem = "close_coaching_item";

    /// <summary>A QA analyst started an evaluation (entity: the evaluation); after holds the call id, form, status and the automatic answers.</summary>
    public const string StartQaEvaluation = "start_qa_evaluation";

    /// <summary>A QA analyst saved a draft evaluation; before and after hold the changed answers and comments, reason the overall comment.</summary>
    public const string SaveQaEvaluation = "save_qa_evaluation";

    /// <summary>A QA analyst submitted an evaluation (final); before and after hold the changed answers, the status and the score.</summary>
    public const string SubmitQaEvaluation = "submit_qa_evaluation";

    /// <summary>
    /// Contacts were deleted by call id or customer key with everything derived from them (entity: <see cref="AuditEntities.Contacts"/>,
    /// key: <c>calls</c> or <c>customers</c>); after holds the number of keys and the rows deleted per table, never the keys, reason the given reason.
    /// </summary>
    public const string DeleteContacts = "delete_contacts";

    /// <summary>
    /// Contacts that started before a cut-off were purged with everything derived from them, and old runs' rejects (entity:
    /// <see cref="AuditEntities.Contacts"/>, key: <c>started_before</c> and the UTC cut-off); after holds the cut-off and the rows deleted per table.
    /// </summary>
    public const string PurgeContacts = "purge_contacts";
}
