namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>How a follow-up contact refers to the one before.</content>
internal static partial class PhraseBank
{
    /// <summary>The customer's opening when an earlier contact left the need unmet.</summary>
    public static IReadOnlyList<string> RepeatMentions { get; } =
    [
        "I called {when} about this.",
        "This is my {nth} time calling about the same thing.",
        "I already spoke to someone {when} and it's still not sorted out.",
        "I'm calling back because nothing happened after my last call {when}.",
        "Hi, I called {when} and the rep told me it would be fixed by now.",
        "So I talked to {prior_agent} {when} about this.",
    ];

    /// <summary>The customer's opening when a promised callback never came.</summary>
    public static IReadOnlyList<string> MissedCallbackMentions { get; } =
    [
        "Someone was supposed to call me back and nobody did.",
        "I was promised a callback when I called {when} and I never got one.",
        "I waited all day for a callback that never came.",
    ];

    /// <summary>The customer's opening after hanging up in the queue earlier.</summary>
    public static IReadOnlyList<string> RetryMentions { get; } =
    [
        "I tried calling {when} but I gave up after waiting forever.",
        "I called before and got cut off while I was on hold.",
        "I've been trying to get through, the line was so busy {when}.",
    ];

    /// <summary>The agent acknowledging that the customer had to call again.</summary>
    public static IReadOnlyList<string> RepeatAcknowledgements { get; } =
    [
        "I'm sorry you've had to call back about this.",
        "I apologize that this wasn't taken care of the first time.",
        "I see the notes from the earlier call. Let's get this finished today.",
    ];
}
