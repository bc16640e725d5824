namespace InteractionAnalytics.Core.Reporting;

/// <summary>How <c>ia report</c> splits contacts into rows.</summary>
public enum ReportGrouping
{
    /// <summary>One total row only.</summary>
    None,

    /// <summary>By the contact's local calendar date (the date in the offset the export gave).</summary>
    Day,

    /// <summary>By agent id.</summary>
    Agent,

    /// <summary>By team.</summary>
    Team,

    /// <summary>By queue.</summary>
    Queue,

    /// <summary>One group per contact intent (a supervisor's correction wins over the model); unclassified contacts form their own group.</summary>
    Intent,

    /// <summary>One group per root cause (a supervisor's correction wins over the model); unclassified contacts form their own group.</summary>
    RootCause,
}
