namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>Generic exchanges that pad longer calls, and the fillers that make speech sound spoken.</content>
internal static partial class PhraseBank
{
    /// <summary>Agent / customer exchanges that fit any intent; longer calls draw more of them, none twice until all are used.</summary>
    public static IReadOnlyList<(string Agent, string Customer)> GenericSteps { get; } =
    [
        ("Bear with me, the system is a little slow today.", "No problem."),
        ("Okay, I'm looking at the account now.", "Mm-hmm."),
        ("Can you confirm the best number to reach you at?", "This one is fine."),
        ("I'm adding a note to the account that we spoke today.", "Okay, good."),
        ("Let me make a note of that on the account.", "Okay."),
        ("I'm going to read back what I have to make sure it's right.", "Sure, go ahead."),
        ("Is there an email address where I can send a confirmation?", "Use the one you have on file."),
        ("One moment while I pull that up.", "Take your time."),
        ("I see a few things on here, let me go through them one at a time.", "Okay."),
        ("Sorry, could you repeat that last part? You cut out for a second.", "Sure, I said the account ending in {last4}."),
        ("And you're calling from the number that's on the account?", "Yes, my cell."),
        ("Thanks for your patience while I look into this.", "It's fine, I just want it sorted out."),
        (
            "So what I'm going to do is go through the account history first, and then we'll figure out the next step from there.",
            "Okay, that makes sense."
        ),
        ("Is the mailing address still the one on {number} Main Street?", "Yes, that's still right."),
        ("I'm just updating the notes so the next person can see what we did.", "Good, because last time nobody knew anything."),
        ("Have you had a chance to look at the email we sent?", "I don't think I got any email."),
        ("Okay, it's loading, it takes a second on my end.", "No rush."),
        ("Do you have a pen handy? I'll give you a reference number for today, it's {digits}.", "Hold on... okay, got it."),
        ("Let me double check one thing before I do that.", "Sure."),
    ];

    /// <summary>Fillers a customer may start a turn with.</summary>
    public static IReadOnlyList<string> CustomerFillers { get; } = ["Um, ", "Uh, ", "So, ", "Yeah, ", "Okay so, ", "Well, "];

    /// <summary>Fillers an agent may start a turn with.</summary>
    public static IReadOnlyList<string> AgentFillers { get; } = ["Okay, ", "Alright, ", "So, ", "Okay, so "];
}
