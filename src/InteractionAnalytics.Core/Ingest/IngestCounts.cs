namespace InteractionAnalytics.Core.Ingest;

/// <summary>
/// What one run did with one kind of record (contacts or transcripts).
/// Invariant after a completed run: <see cref="Read"/> = <see cref="Stored"/> + <see cref="Rejected"/>.
/// </summary>
public sealed record IngestCounts
{
    /// <summary>Records read: CSV rows (a quoted multi-line row counts once) or transcript files; an unreadable file counts as one.</summary>
    public long Read { get; init; }

    /// <summary>New records inserted.</summary>
    public long Inserted { get; init; }

    /// <summary>Existing records whose content changed and were updated.</summary>
    public long Updated { get; init; }

    /// <summary>Existing records that were already stored with the same content.</summary>
    public long Unchanged { get; init; }

    /// <summary>Records written to the rejects table.</summary>
    public long Rejected { get; init; }

    /// <summary>Records that are in the database after the run: inserted + updated + unchanged.</summary>
    public long Stored => Inserted + Updated + Unchanged;

    /// <summary>These counts with one more record read and its <paramref name="result"/>.</summary>
    public IngestCounts WithResult(UpsertResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            UpsertOutcome.Inserted => this with { Read = Read + 1, Inserted = Inserted + 1 },
            UpsertOutcome.Updated => this with { Read = Read + 1, Updated = Updated + 1 },
            UpsertOutcome.Unchanged => this with { Read = Read + 1, Unchanged = Unchanged + 1 },
            _ => WithReject(),
        };
    }

    /// <summary>These counts with one more record read and rejected.</summary>
    public IngestCounts WithReject() => this with { Read = Read + 1, Rejected = Rejected + 1 };
}
