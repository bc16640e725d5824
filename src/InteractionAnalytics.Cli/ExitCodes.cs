namespace InteractionAnalytics.Cli;

/// <summary>The exit codes of <c>ia</c> (documented in README.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work. Rejected records alone do not change this (see <see cref="Rejects"/>).</summary>
    public const int Success = 0;

    /// <summary>The command failed: bad arguments, a missing export, an unreadable mapping, a database error.</summary>
    public const int Failure = 1;

    /// <summary><c>ingest --fail-on-rejects</c> completed but rejected at least one record.</summary>
    public const int Rejects = 3;
}
