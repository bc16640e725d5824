namespace InteractionAnalytics.Core.Contacts;

/// <summary>Who started the contact.</summary>
public enum ContactDirection
{
    /// <summary>The customer contacted the center (the default when the export leaves it empty).</summary>
    Inbound,

    /// <summary>The center contacted the customer (a callback or an outbound campaign).</summary>
    Outbound,
}
