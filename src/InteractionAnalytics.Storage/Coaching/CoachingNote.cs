namespace InteractionAnalytics.Storage.Coaching;

/// <summary>A coach's note on a coaching item.</summary>
/// <param name="NoteId">The note's key, increasing.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="At">When.</param>
/// <param name="Text">What, as written (the page encodes it).</param>
public sealed record CoachingNote(long NoteId, long ItemId, string Author, DateTimeOffset At, string Text);
