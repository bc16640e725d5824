namespace InteractionAnalytics.Core.Qa;

/// <summary>
/// The form items the transcript can answer on its own (docs/qa.md defines each one). Each is looked for in the agent's
/// turns only, within its own window of turns.
/// </summary>
public enum QaAutoKind
{
    /// <summary>A greeting or self-introduction in the agent's first 2 turns.</summary>
    Greeting,

    /// <summary>The agent asks for or confirms the caller's identity, in any agent turn.</summary>
    IdentityVerification,

    /// <summary>An empathy or apology phrase, in any agent turn.</summary>
    Empathy,

    /// <summary>A summary of what was done or agreed, in the agent's last 4 turns.</summary>
    Recap,

    /// <summary>A closing formula, in the agent's last 2 turns.</summary>
    Closing,
}
