namespace InteractionAnalytics.Core.Outcomes;

/// <summary>What one repeat-linking pass did.</summary>
/// <param name="Options">The window and intent rule applied.</param>
/// <param name="Horizon">How far the data went: the latest contact start stored (UTC); <see langword="null"/> with no contacts.</param>
/// <param name="ContactsLinked">Contacts whose outcome was (re)computed: those of the customers this run touched, those still pending, and those without one.</param>
/// <param name="FullRelink">Every contact was relinked, because the stored outcomes used other options.</param>
/// <param name="ResolvedFirstContact">Of the contacts linked, how many are resolved at first contact.</param>
/// <param name="Repeated">Of the contacts linked, how many were repeated.</param>
/// <param name="Pending">Of the contacts linked, how many are still pending.</param>
/// <param name="Unlinkable">Of the contacts linked, how many have no customer key (or no intent when intents must match).</param>
public sealed record RepeatLinkSummary(
    RepeatLinkingOptions Options,
    DateTimeOffset? Horizon,
    long ContactsLinked,
    bool FullRelink,
    long ResolvedFirstContact,
    long Repeated,
    long Pending,
    long Unlinkable);
