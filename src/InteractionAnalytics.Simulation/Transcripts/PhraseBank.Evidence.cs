namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>Per root cause: what the customer and the agent say that shows who owns the failure.</content>
internal static partial class PhraseBank
{
    private static readonly RootCausePhrases AgentEvidence = new(
        [
            "The last rep told me it was fixed, and it clearly isn't.",
            "Nobody called me back like they said they would.",
            "The person I talked to {when} said I didn't need to do anything else.",
            "She hung up on me right in the middle of the call.",
            "I was told the credit would be applied, and it never was.",
            "The agent gave me the wrong information about the fees.",
            "I was promised a supervisor would call me and that never happened.",
            "I talked to {prior_agent} and they told me it would be taken care of.",
        ],
        [
            "I see the notes from your last call, and that should have been done already, I apologize.",
            "It looks like the request from your previous call was never actually submitted.",
            "I'm sorry, you were given the wrong information before.",
        ]);

    private static readonly RootCausePhrases IvrEvidence = new(
        [
            "I pressed zero like {n} times and it kept sending me back to the main menu.",
            "I was on hold for {minutes} minutes before anybody picked up.",
            "The automated system kept hanging up on me.",
            "I tried to do this on the automated line but it didn't understand anything I said.",
            "I had to punch in my account number three times before it let me through.",
            "The call dropped twice while I was waiting.",
            "The app told me to call in because it couldn't finish it.",
        ],
        [
            "I'm sorry about the wait, hold times have been really long today.",
            "Sorry you had to repeat all that, the phone menu doesn't pass it along to us.",
            "Unfortunately the automated line can't do that one, it has to go through an agent.",
        ]);

    private static readonly RootCausePhrases ProcessEvidence = new(
        [
            "Why do I have to fax it? Who even has a fax machine anymore?",
            "I've already sent these documents in twice.",
            "Every time I call I get sent to a different department.",
            "Why does it take so long? I've been waiting {n} weeks.",
            "I have to verify my identity again? I just did that five minutes ago.",
        ],
        [
            "Another department handles that, so I'll have to send it over to them.",
            "It takes seven to ten business days to process.",
            "Unfortunately we need the form signed and mailed in before I can make that change.",
            "Per our policy I'm not able to override that from here.",
            "That request has to be reviewed by the back office first.",
        ]);

    private static readonly RootCausePhrases BillingEvidence = new(
        [
            "I was charged twice for the same thing.",
            "The credit I was promised never showed up on my bill.",
            "You charged me a fee I never agreed to.",
            "My autopay took out the wrong amount.",
            "I'm still being billed for a service I cancelled.",
            "The refund never showed up on my card.",
        ],
        [
            "I do see the duplicate charge here.",
            "It looks like the credit didn't get applied correctly.",
            "You're right, that fee shouldn't be on there.",
        ]);

    private static readonly RootCausePhrases ProductEvidence = new(
        [
            "The app keeps crashing every time I try to open it.",
            "I haven't had any signal since {weekday}.",
            "The device just shuts itself off.",
            "The website has been down all morning.",
            "My package is a week late.",
            "The replacement you sent me doesn't work either.",
        ],
        [
            "We are aware of an outage in your area.",
            "There's a known issue with the latest app update.",
            "Our engineers are working on that bug right now.",
            "That shipment is held up at our warehouse.",
        ]);

    // Routine requests served as designed carry no evidence.
    private static readonly RootCausePhrases NoEvidence = new([], []);
}
