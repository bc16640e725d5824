namespace InteractionAnalytics.Storage.Coaching;

/// <summary>What flagging a contact by hand did.</summary>
/// <param name="ItemId">The item: the new one, or the contact's open manual item when it already had one.</param>
/// <param name="Created">Whether a new item was made (an open manual item of the same contact is reused, not duplicated).</param>
public sealed record CoachingFlagResult(long ItemId, bool Created);
