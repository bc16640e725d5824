namespace InteractionAnalytics.Core.Ingest;

/// <summary>The outcome of storing one record, with a detail for the outcomes that reject it.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Detail">For <see cref="UpsertOutcome.DuplicateInRun"/>, where the first occurrence was; otherwise <see langword="null"/>.</param>
public sealed record UpsertResult(UpsertOutcome Outcome, string? Detail = null)
{
    /// <summary>The record ended up in the database (inserted, updated or already there unchanged).</summary>
    public bool IsStored => Outcome is UpsertOutcome.Inserted or UpsertOutcome.Updated or UpsertOutcome.Unchanged;
}
