using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Storage;

/// <summary>The names run statuses have in <c>ingest_runs.status</c>.</summary>
internal static class RunStatusNames
{
    public static string ToName(IngestRunStatus status) => status switch
    {
        IngestRunStatus.Running => "running",
        IngestRunStatus.Completed => "completed",
        IngestRunStatus.Failed => "failed",
        IngestRunStatus.Interrupted => "interrupted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static IngestRunStatus Parse(string name) => name switch
    {
        "running" => IngestRunStatus.Running,
        "completed" => IngestRunStatus.Completed,
        "failed" => IngestRunStatus.Failed,
        "interrupted" => IngestRunStatus.Interrupted,
        _ => throw new FormatException($"Unknown run status '{name}'."),
    };
}
