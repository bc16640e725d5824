namespace InteractionAnalytics.Storage.Retention;

/// <summary>How a <see cref="ContactSelector"/> picks contacts.</summary>
public enum ContactSelectorKind
{
    /// <summary>By call id (<c>ia delete --call</c>).</summary>
    Calls,

    /// <summary>Every contact of a customer key (<c>ia delete --customer</c>).</summary>
    Customers,

    /// <summary>Every contact that started before an instant (<c>ia purge --older-than</c>).</summary>
    StartedBefore,
}
