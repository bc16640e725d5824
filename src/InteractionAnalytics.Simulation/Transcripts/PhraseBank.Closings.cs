namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>Holds, transfers and the end of a call, resolved or not.</content>
internal static partial class PhraseBank
{
    /// <summary>The agent putting the customer on hold.</summary>
    public static IReadOnlyList<string> HoldRequests { get; } =
    [
        "Let me put you on a brief hold while I check on that.",
        "Do you mind if I place you on hold for a minute or two?",
        "I need to check with my team, I'll put you on a short hold.",
        "Bear with me, I'm going to place you on hold for just a moment.",
    ];

    /// <summary>The customer agreeing to hold.</summary>
    public static IReadOnlyList<string> HoldAnswers { get; } =
    [
        "Sure.",
        "Okay, no problem.",
        "Fine, go ahead.",
        "Again? Okay.",
    ];

    /// <summary>The agent coming back from hold.</summary>
    public static IReadOnlyList<string> HoldReturns { get; } =
    [
        "Thanks so much for holding.",
        "Thank you for your patience, I'm back.",
        "Sorry about the wait, thanks for holding.",
        "Okay, thanks for hanging on.",
    ];

    /// <summary>The agent transferring the call.</summary>
    public static IReadOnlyList<string> TransferStatements { get; } =
    [
        "I'm going to transfer you to our {dept} team, they handle that.",
        "Another department handles that, so let me transfer you over to {dept}.",
        "I'll connect you with {dept}, please stay on the line.",
    ];

    /// <summary>The customer being transferred.</summary>
    public static IReadOnlyList<string> TransferAnswers { get; } =
    [
        "Okay, fine.",
        "Another transfer? Okay.",
        "Sure, thanks.",
        "Please don't disconnect me this time.",
    ];

    /// <summary>The platform's note that the call left for another department.</summary>
    public static IReadOnlyList<string> TransferNotices { get; } =
    [
        "Call transferred to {dept}.",
    ];

    /// <summary>The customer reacting to a resolution.</summary>
    public static IReadOnlyList<string> ResolvedReactions { get; } =
    [
        "Oh good, thank you so much.",
        "Great, that's what I needed.",
        "Perfect, thanks.",
        "Okay, thank you, that was easier than I expected.",
    ];

    /// <summary>The agent asking whether anything else is needed.</summary>
    public static IReadOnlyList<string> AnythingElse { get; } =
    [
        "Is there anything else I can help you with today?",
        "Anything else I can do for you?",
        "Is there anything else on the account you'd like me to look at?",
    ];

    /// <summary>The customer saying that is all.</summary>
    public static IReadOnlyList<string> NothingElse { get; } =
    [
        "No, that's everything, thanks.",
        "Nope, that's it.",
        "No, you've been very helpful.",
    ];

    /// <summary>The agent ending the call.</summary>
    public static IReadOnlyList<string> Goodbyes { get; } =
    [
        "Thanks for calling {company}, have a great day.",
        "You're welcome, take care.",
        "Thank you, {first}, have a good rest of your {daypart}.",
    ];

    /// <summary>The agent ending an unresolved call.</summary>
    public static IReadOnlyList<string> UnresolvedGoodbyes { get; } =
    [
        "I'm sorry again for the trouble. Take care.",
        "Thanks for your patience, {first}. Goodbye.",
        "Again, I apologize. Have a good {daypart}.",
    ];

    /// <summary>The agent scheduling a callback.</summary>
    public static IReadOnlyList<string> CallbackPromises { get; } =
    [
        "I've scheduled a callback for you, someone from the team will call you within {n} business days.",
        "I can't finish this today, but I've set up a callback for {weekday}.",
        "I'll have a specialist call you back once they've reviewed it.",
    ];

    /// <summary>The agent escalating.</summary>
    public static IReadOnlyList<string> Escalations { get; } =
    [
        "I'm escalating this to my supervisor, they'll reach out to you directly.",
        "I've sent this up to our escalations team, they'll review it and contact you.",
        "I'm going to flag this for a manager to look at.",
    ];

    /// <summary>The agent telling the customer they have to contact the center again.</summary>
    public static IReadOnlyList<string> FollowUpInstructions { get; } =
    [
        "Unfortunately I can't fix that from here today. Once you have the paperwork you'll need to call us back.",
        "I've put in a request, but it has to be approved before I can do anything else. Please call back in a couple of days.",
        "I'm sorry, the system won't let me finish this right now. Could you try calling back tomorrow?",
    ];

    /// <summary>The customer reacting to an unresolved ending.</summary>
    public static IReadOnlyList<string> UnresolvedReactions { get; } =
    [
        "So I have to wait again? Fine.",
        "That's what the last person said.",
        "Okay, I guess. I really hope someone actually follows up this time.",
        "This is ridiculous, but fine.",
        "Alright, thanks for trying.",
    ];
}
