namespace InteractionAnalytics.Storage.Browsing;

/// <summary>Why a contact is in the review queue; a contact can have several.</summary>
public enum ReviewKind
{
    /// <summary>An intent or root-cause confidence below the review threshold (<c>contact_classifications.low_confidence</c>).</summary>
    LowConfidence,

    /// <summary>
    /// The phrase rules and the model alone point to different root causes (<c>contact_classifications.rules_disagree</c>).
    /// </summary>
    RulesVsModel,

    /// <summary>Speaker roles inferred with low confidence (<c>transcripts.roles_need_review</c>).</summary>
    SpeakerRoles,
}
