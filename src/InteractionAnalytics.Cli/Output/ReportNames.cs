using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Cli.Output;

/// <summary>Names of groupings on the command line and in output.</summary>
internal static class ReportNames
{
    public static string? GroupingName(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.None => null,
        ReportGrouping.Day => "day",
        ReportGrouping.Agent => "agent",
        ReportGrouping.Team => "team",
        ReportGrouping.Queue => "queue",
        ReportGrouping.Intent => "intent",
        ReportGrouping.RootCause => "root_cause",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    public static ReportGrouping ParseGrouping(string? name) => name switch
    {
        null => ReportGrouping.None,
        "day" => ReportGrouping.Day,
        "agent" => ReportGrouping.Agent,
        "team" => ReportGrouping.Team,
        "queue" => ReportGrouping.Queue,
        "intent" => ReportGrouping.Intent,
        "root_cause" => ReportGrouping.RootCause,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown grouping."),
    };

    /// <summary>The label of a group whose contacts have no value for the grouping field.</summary>
    public const string NoValue = "(none)";

    /// <summary>The label of contacts without a classification (no transcript) when grouping by intent or root cause.</summary>
    public const string Unclassified = "(unclassified)";

    /// <summary>The table label of a group without a value for <paramref name="grouping"/>.</summary>
    public static string MissingLabel(ReportGrouping grouping) =>
        grouping is ReportGrouping.Intent or ReportGrouping.RootCause ? Unclassified : NoValue;
}
