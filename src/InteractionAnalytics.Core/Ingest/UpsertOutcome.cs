namespace InteractionAnalytics.Core.Ingest;

/// <summary>What storing one record did.</summary>
public enum UpsertOutcome
{
    /// <summary>The record was new and was inserted.</summary>
    Inserted,

    /// <summary>A record with the same key existed with different content and was replaced.</summary>
    Updated,

    /// <summary>A record with the same key and the same content existed; nothing changed.</summary>
    Unchanged,

    /// <summary>The same key already appeared earlier in this run; the record was not stored (the first one wins).</summary>
    DuplicateInRun,

    /// <summary>A transcript whose contact is neither in this export nor in the database; not stored.</summary>
    UnknownContact,
}
