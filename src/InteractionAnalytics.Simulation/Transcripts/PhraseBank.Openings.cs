namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>The start of a call: recording notice, greeting, callback opening and verification.</content>
internal static partial class PhraseBank
{
    /// <summary>What the IVR plays as the call connects to the agent (the first turn of some recordings).</summary>
    public static IReadOnlyList<string> IvrNotices { get; } =
    [
        "This call may be recorded for quality and training purposes.",
        "Your call is now being connected to an agent.",
        "Connecting you now to our {queue} team.",
        "Thank you for waiting. Your call is being connected.",
    ];

    /// <summary>The agent's greeting on an inbound call.</summary>
    public static IReadOnlyList<string> InboundGreetings { get; } =
    [
        "Thank you for calling {company}, my name is {agent}, how can I help you today?",
        "Hi, thanks for calling {company}, this is {agent}. What can I do for you?",
        "{company}, this is {agent} speaking, how may I help?",
        "Good {daypart}, you've reached {company}, this is {agent}. How can I help?",
    ];

    /// <summary>The agent's opening on an outbound callback.</summary>
    public static IReadOnlyList<string> CallbackOpenings { get; } =
    [
        "Hi, this is {agent} from {company}, I'm calling you back about the {topic} you called us about {when}.",
        "Hello, may I speak with {first}? This is {agent} with {company}, returning your call about your {topic}.",
        "Hi {first}, it's {agent} at {company}, following up on your {topic} from {when}.",
    ];

    /// <summary>The customer picking up a callback.</summary>
    public static IReadOnlyList<string> CallbackAnswers { get; } =
    [
        "Oh, hi, yes, thanks for calling back.",
        "Yes, this is {first}. I was hoping you'd call.",
        "Oh good, I almost didn't pick up.",
        "Hi, yes. Finally.",
    ];

    /// <summary>The agent asking the customer to verify.</summary>
    public static IReadOnlyList<string> VerificationRequests { get; } =
    [
        "I can help with that. First, can I get your full name and the last four digits of your account number?",
        "Sure, let me get you verified first. What's your name and the last four of the account?",
        "Absolutely. Can you confirm your name and the last four digits on the account for me?",
        "Okay, let's get that sorted out. Can I have your full name, and the last four of your account?",
    ];

    /// <summary>The agent asking a callback customer to verify.</summary>
    public static IReadOnlyList<string> CallbackVerificationRequests { get; } =
    [
        "Before we go on, can you confirm your full name and the last four of the account?",
        "Great. Just for security, can you give me the last four digits on the account?",
    ];

    /// <summary>The customer verifying.</summary>
    public static IReadOnlyList<string> VerificationAnswers { get; } =
    [
        "Sure, it's {name}, and the last four are {last4}.",
        "{name}. Last four is {last4}.",
        "Yeah, it's {name}, and, um, {last4}.",
        "It's {name}. The last four should be {last4}.",
    ];

    /// <summary>The agent confirming verification.</summary>
    public static IReadOnlyList<string> VerificationConfirmations { get; } =
    [
        "Thank you, {first}, I've got your account up.",
        "Perfect, you're verified. Thanks, {first}.",
        "Great, thanks. I see your account here.",
        "Thank you. Okay, I have everything in front of me.",
    ];
}
