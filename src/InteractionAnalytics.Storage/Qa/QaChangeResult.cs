namespace InteractionAnalytics.Storage.Qa;

/// <summary>What became of a save or a submit.</summary>
public enum QaChangeResult
{
    /// <summary>Stored, with its audit entry.</summary>
    Done,

    /// <summary>No such evaluation; nothing stored.</summary>
    NotFound,

    /// <summary>The evaluation is already submitted (final); nothing stored.</summary>
    AlreadySubmitted,

    /// <summary>Submit only: a question is unanswered or N/A where not allowed; nothing stored.</summary>
    Incomplete,
}
