namespace InteractionAnalytics.Core.Transcripts;

/// <summary>Who spoke a turn.</summary>
public enum Speaker
{
    /// <summary>The center's agent.</summary>
    Agent,

    /// <summary>The customer.</summary>
    Customer,

    /// <summary>The interactive voice response system (prompts, menus).</summary>
    Ivr,

    /// <summary>Anything else the platform wrote into the conversation (hold music notices, transfer events).</summary>
    System,
}
