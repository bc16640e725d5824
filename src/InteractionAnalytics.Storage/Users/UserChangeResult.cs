namespace InteractionAnalytics.Storage.Users;

/// <summary>What became of a requested change to a user (role, agent id, disabled, password).</summary>
public enum UserChangeResult
{
    /// <summary>The change is stored and audited.</summary>
    Changed,

    /// <summary>The user already was that way; nothing stored, nothing audited.</summary>
    Unchanged,

    /// <summary>There is no user with that key.</summary>
    NotFound,

    /// <summary>Refused: an admin may not disable or demote themself (another admin must).</summary>
    RefusedSelf,

    /// <summary>Refused: the user is the last enabled admin, and there must always be one.</summary>
    RefusedLastAdmin,
}
