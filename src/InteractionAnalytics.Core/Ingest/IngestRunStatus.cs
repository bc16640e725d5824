namespace InteractionAnalytics.Core.Ingest;

/// <summary>The state of an ingest run.</summary>
public enum IngestRunStatus
{
    /// <summary>Started and not finished (or the process died; a rerun completes the work and marks it <see cref="Interrupted"/>).</summary>
    Running,

    /// <summary>Every record of the export was read and stored or rejected.</summary>
    Completed,

    /// <summary>The run stopped on an error it could not recover from (database, disk); see its error.</summary>
    Failed,

    /// <summary>
    /// The process stopped before the run finished (killed, crashed, the machine went down): found still
    /// <see cref="Running"/> by the next run over the same export, which completed its work (docs/robustness.md).
    /// </summary>
    Interrupted,
}
