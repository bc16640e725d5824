namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>The wrap-up codes the simulated ACD writes to <c>calls.csv</c>'s disposition column.</summary>
internal static class Dispositions
{
    /// <summary>The need was met.</summary>
    public const string Resolved = "resolved";

    /// <summary>A question was answered; nothing needed changing (resolved).</summary>
    public const string InfoProvided = "info_provided";

    /// <summary>The agent promised that someone will call the customer back (unresolved).</summary>
    public const string CallbackScheduled = "callback_scheduled";

    /// <summary>The contact was handed to another department, which is outside the export (unresolved).</summary>
    public const string Transferred = "transferred";

    /// <summary>The agent passed the case to a supervisor or specialist team (unresolved).</summary>
    public const string Escalated = "escalated";

    /// <summary>The customer has to do something and contact the center again (unresolved).</summary>
    public const string FollowUpRequired = "follow_up_required";

    /// <summary>The customer hung up before an agent answered.</summary>
    public const string Abandoned = "abandoned";
}
