namespace InteractionAnalytics.Storage.Browsing;

/// <summary>The orders a contact list can be sorted in; ties are broken by start time, then call id, so paging is stable.</summary>
public enum ContactSort
{
    /// <summary>Latest start first (the default).</summary>
    NewestFirst,

    /// <summary>Earliest start first.</summary>
    OldestFirst,

    /// <summary>Longest handle time (talk + hold + after-call work) first.</summary>
    LongestHandleFirst,

    /// <summary>Shortest handle time first (abandoned contacts, with 0 s, lead).</summary>
    ShortestHandleFirst,
}
