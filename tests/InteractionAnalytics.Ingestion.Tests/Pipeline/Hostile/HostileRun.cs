using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline.Hostile;

/// <summary>What one ingest over a hostile export left behind: its summary, its <c>ingest_runs</c> row, its rejects and warnings.</summary>
/// <param name="Summary">What the pipeline returned.</param>
/// <param name="Counters">The run's row of <c>ingest_runs</c>, column name → value.</param>
/// <param name="Rejects">The run's rejects: file, record key and reason.</param>
/// <param name="Warnings">The warnings the run logged.</param>
/// <param name="FilesBefore">The temp directory's files (outside the database) before the run, with sizes.</param>
/// <param name="FilesAfter">The same list after the run.</param>
internal sealed record HostileRun(
    IngestRunSummary Summary,
    IReadOnlyDictionary<string, long> Counters,
    IReadOnlyList<(string File, string? Key, string Reason)> Rejects,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> FilesBefore,
    IReadOnlyList<string> FilesAfter)
{
    /// <summary>The reason of the only reject of <paramref name="file"/> (e.g. <c>transcripts/X.json</c>).</summary>
    public string ReasonFor(string file)
    {
        var reasons = Rejects.Where(r => r.File == file).Select(r => r.Reason).ToList();
        Assert.That(reasons, Has.Count.EqualTo(1), $"rejects of {file}: {string.Join(" | ", Rejects.Select(r => $"{r.File}: {r.Reason}"))}");
        return reasons[0];
    }

    /// <summary>The reason of the only reject keyed <paramref name="key"/> (a call id).</summary>
    public string ReasonForKey(string key)
    {
        var reasons = Rejects.Where(r => r.Key == key).Select(r => r.Reason).ToList();
        Assert.That(reasons, Has.Count.EqualTo(1), $"rejects keyed {key}: {string.Join(" | ", Rejects.Select(r => $"{r.File} [{r.Key}]: {r.Reason}"))}");
        return reasons[0];
    }

    public override string ToString() =>
        $"{Summary.Status}; rejects: {string.Join(" | ", Rejects.Select(r => $"{r.File} [{r.Key}]: {r.Reason}"))}; warnings: {string.Join(" | ", Warnings)}";
}
