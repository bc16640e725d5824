namespace InteractionAnalytics.Simulation.Transcripts;

/// <content>Per intent: its concrete needs, each with the customer's reason, the middle of the call and the resolution.</content>
internal static partial class PhraseBank
{
    private static readonly IntentPhrases AccountAccess = new("login", "online access",
    [
        new(
            [
                "I can't get into my account online, it keeps telling me my password is wrong.",
                "I forgot my password and the reset email never shows up.",
            ],
            [
                ("When was the last time you were able to log in?", "Maybe {n} weeks ago? It worked fine then."),
                ("Which email address is on the account, do you know?", "It should be my personal one, the one I always use."),
                ("Are you logging in through the app or on the website?", "The website, on my laptop."),
            ],
            [
                "Okay, a new reset link is on its way to your email, and it's good for twenty four hours.",
                "I've reset it and sent you a temporary password, it'll ask you to pick a new one when you log in.",
            ]),
        new(
            ["My account got locked after I tried to log in a few times.", "It says my account is locked and I can't do anything."],
            [
                ("Are you seeing an error message on the screen?", "It just says too many attempts, try again later."),
                (
                    "I'm sending a one time code to the phone number on file, can you read it back when it comes in?",
                    "Okay, hang on... it's {digits}."
                ),
            ],
            [
                "I've unlocked the account, you can log in again right now.",
                "The lock is cleared, and I'd suggest changing your password once you're in.",
            ]),
        new(
            ["I need to change my PIN, I think someone might know it.", "I'd like to reset the PIN on my card."],
            [
                ("Do you still have the card with you?", "Yes, it's right here."),
                ("Have you noticed anything unusual on the account?", "No, I just want to be safe."),
            ],
            ["Your PIN has been changed and the new one works right away.", "Done, you'll get the new PIN by text in a minute."]),
        new(
            [
                "I'm trying to set up online access but it won't take my security answers.",
                "I want to start using online banking but I can't get past the sign up.",
            ],
            [
                ("Do you remember the answers you set for your security questions?", "Honestly no, I set that up years ago."),
                ("What happens when you get to the last step?", "It just says it can't verify me."),
            ],
            [
                "I've reset your security questions, so you can finish the sign up now.",
                "You're registered, you'll get a welcome email with the next steps.",
            ]),
    ]);

    private static readonly IntentPhrases AccountUpdate = new("account details", "account services",
    [
        new(
            ["I moved last month and I need to update my address.", "I have a new address I need to put on the account."],
            [
                ("What's the new address, with the zip code?", "It's {number} Maple Street, apartment {n}."),
                ("Do you want that change on all your accounts or just this one?", "All of them, please."),
            ],
            ["All set, the new address is on file and your next statement will go there."]),
        new(
            ["I'd like to change the email address on my account.", "Can you update my email? I don't use the old one anymore."],
            [("Can you spell out the new email address for me?", "Sure, it's my first name dot last name at the usual provider.")],
            ["Done, you'll get a confirmation at the new email in a few minutes."]),
        new(
            ["I want to add my wife to the account as an authorized user.", "I need to add my son to my account."],
            [
                ("I'll need their full name and date of birth to add them.", "Sure, I have the details right here."),
                ("Should they be able to make changes, or only see the account?", "Just see it, for now."),
            ],
            ["I've added them, and they'll get their own login in the mail."]),
        new(
            ["Can you switch my statements over to paperless?", "I got a new phone number and I need to update it."],
            [("Would you like text alerts turned on as well?", "Yes, that would be great.")],
            ["I've made that change, it should show up online by tomorrow."]),
    ]);

    private static readonly IntentPhrases NewService = new("new account", "sales",
    [
        new(
            ["I'd like to get a quote for a new plan.", "Can you tell me what it would cost to add home coverage?"],
            [
                ("Is this for you only, or for the whole household?", "The whole house, there are {n} of us."),
                (
                    "We have a basic option and a premium one, the premium comes with {n} extra features. Which sounds better?",
                    "What's the price difference?"
                ),
                ("The basic one is about {amount} a month.", "Okay, that's not bad at all."),
            ],
            ["I've emailed you the quote, and it's good for thirty days."]),
        new(
            ["I want to open a checking account.", "I'm interested in applying for your credit card."],
            [
                ("Is this for a personal account or for a business?", "Personal, just for me."),
                ("Can I get your date of birth and the last four of your social?", "Sure, the last four are {digits}."),
                ("And what's your approximate yearly income?", "Around {number} thousand."),
            ],
            [
                "The application is submitted and approved, your card should arrive in about {n} days.",
                "You're all set, you'll get a welcome email with your account number shortly.",
            ]),
        new(
            ["I'm a new customer and I'd like to sign up for service at my new place.", "I just moved here and I need to set up service."],
            [
                ("What's the address for the new service?", "It's {number} Oak Avenue."),
                ("When would you like the service to start?", "As soon as possible, ideally next week."),
            ],
            ["You're signed up, and the service starts on {weekday}."]),
    ]);

    private static readonly IntentPhrases PlanChange = new("plan", "retention",
    [
        new(
            ["I want to switch to a cheaper plan, I'm paying way too much.", "Can I downgrade my plan? I'm not using half of it."],
            [
                (
                    "Let me pull up your current plan. You're on the standard tier at {amount} a month, is that right?",
                    "Yeah, that sounds right."
                ),
                ("If you move to the lower tier you'd lose premium support, is that okay?", "That's fine, I never use it anyway."),
                ("Do you want the change today or at the start of your next cycle?", "Next cycle is fine."),
            ],
            ["Done, the new plan starts on your next billing cycle and your bill goes down to {amount}."]),
        new(
            ["I'd like to upgrade to the unlimited plan.", "I keep going over my limit, I think I need a bigger plan."],
            [
                ("There's a promotion right now that gives you {n} months at a discount.", "Oh nice, let's do that."),
                ("Just so you know, changing in the middle of the cycle means a prorated charge.", "How much would that be?"),
            ],
            ["You're switched over, you'll see the change on your next statement."]),
        new(
            ["I want to add international calling to my plan.", "I'd like to take off the extra feature I added last month."],
            [("That feature is {amount} a month, is that okay?", "Yes, that's fine.")],
            ["I've made that change, and it's active now."]),
    ]);

    private static readonly IntentPhrases CancelService = new("cancellation", "retention",
    [
        new(
            ["I want to cancel my subscription.", "I need to cancel, I just can't afford it right now."],
            [
                ("I'm sorry to hear that. Can I ask what's behind the cancellation?", "It's just too expensive for what I get."),
                ("Before I do that, I can offer you {n} months at half price.", "No thanks, I've made up my mind."),
                ("There's an early termination fee of {amount} on this contract.", "Seriously? Nobody mentioned that when I signed up."),
            ],
            ["The cancellation is done, you won't be billed again."]),
        new(
            ["I'd like to close my account, please.", "I'm moving abroad and I need to close everything."],
            [
                ("Would you like the remaining balance sent to the card on file?", "Yes, the same card is fine."),
                ("Do you have any equipment that needs to come back to us?", "Just the router, I think."),
            ],
            ["Your account is closed as of today, and you'll get a confirmation letter in the mail."]),
        new(
            ["Please cancel my policy, I found something cheaper.", "I want to cancel my insurance policy."],
            [
                ("When would you like the cancellation to take effect?", "The end of this month."),
                ("Is there anything we could do to keep you?", "Not unless you can match the price."),
            ],
            ["Okay, the policy is cancelled effective the end of this month."]),
    ]);

    private static readonly IntentPhrases BillingDispute = new("charge on your bill", "billing disputes",
    [
        new(
            ["I was charged twice for the same month.", "There's a double charge on my card from you."],
            [
                ("Which charge are you looking at?", "The one for {amount} on the {ordinal}."),
                ("I see two payments posted on the same day, let me look into why.", "Yeah, that's exactly what I'm saying."),
            ],
            ["I've reversed the duplicate charge, you'll see a credit of {amount} within a couple of days."]),
        new(
            ["What is this fee on my statement? I never agreed to it.", "There's a charge on my bill that I don't recognize."],
            [
                ("Do you have the statement in front of you?", "I do, it's right here."),
                ("That fee is the service charge that came with the new pricing.", "Well nobody told me about any new pricing."),
            ],
            ["I went ahead and waived that fee, it'll come off your next bill."]),
        new(
            ["I got a late fee but I paid on time.", "Why was I charged a late fee?"],
            [("When did you send the payment?", "On the {ordinal}, way before the due date.")],
            ["You're right, I've removed the late fee."]),
        new(
            ["My bill is way higher than it should be this month.", "My bill almost doubled and I didn't change anything."],
            [
                ("Let me compare it with last month's bill.", "Please, because it's usually around {amount}."),
                ("It looks like the promotional discount ended.", "Nobody told me it was going to end."),
            ],
            ["The adjustment is done, and your balance now shows the right amount."]),
    ]);

    private static readonly IntentPhrases Payment = new("payment", "payments",
    [
        new(
            ["I'd like to pay my bill.", "I want to make a payment on my account."],
            [
                ("How much would you like to pay today?", "The full balance, {amount}."),
                ("Would you like to use the card ending in {last4}?", "Yes, that one."),
            ],
            ["Your payment of {amount} went through, and your confirmation number is {digits}."]),
        new(
            ["Can you help me set up autopay?", "I want my bill to come out automatically every month."],
            [
                ("What day of the month works best for autopay?", "The {ordinal} works, that's right after payday."),
                ("Should it come from the checking account on file?", "Yes, that one."),
            ],
            ["Autopay is set up, the first one comes out on the {ordinal}."]),
        new(
            ["My payment got declined and I don't know why.", "I tried to pay online and it keeps getting declined."],
            [
                ("It looks like your bank declined it, have you checked with them?", "No, I didn't think it was on their end."),
                ("Would you like to try a different card?", "Sure, let me grab it."),
            ],
            ["That went through this time, you're all paid up."]),
        new(
            ["I made a payment {n} days ago and it's still not showing.", "I paid last week and my account still says I owe money."],
            [("Payments can take up to {n} business days to post.", "Okay, so it's still processing?")],
            ["I found the payment, it was applied to your account this morning."]),
        new(
            ["I need to move some money between my accounts.", "Can you transfer money from my savings to checking?"],
            [("How much would you like to move?", "{amount}, please.")],
            ["The transfer is done, it shows in your checking account right away."]),
    ]);

    private static readonly IntentPhrases Refund = new("refund", "refunds",
    [
        new(
            ["Where is my refund? It's been weeks.", "I was promised a refund and I want to know what's going on with it."],
            [
                ("Let me check whether the refund was actually issued.", "Please do."),
                ("How much were you expecting back?", "{amount}."),
                ("The refund goes back to the original payment method.", "That card is closed now though."),
            ],
            ["The refund of {amount} has been issued, it should reach your card in three to five days."]),
        new(
            ["I sent the item back and I still haven't gotten my money.", "Can I get my money back for the order I cancelled?"],
            [
                ("Do you have the return or order number?", "Yes, it's {digits}."),
                ("I see the return was received on the {ordinal}.", "Right, so where's the money?"),
            ],
            ["I've pushed the refund through by hand, you'll get an email confirmation."]),
        new(
            ["I'd like a refund for the month the service was down.", "Your service was out for days and I want money back for it."],
            [("Do you remember roughly when the outage started?", "Around the {ordinal}, it was out for almost a week.")],
            ["I applied a credit for that month, it's already on your account."]),
    ]);

    private static readonly IntentPhrases OrderDelivery = new("order", "shipping",
    [
        new(
            ["My package never arrived.", "The tracking says delivered but there's nothing here."],
            [
                ("Can you give me the order number?", "Sure, it's {digits}."),
                ("The carrier shows it as delivered on the {ordinal}.", "Well it's not here, I checked everywhere."),
                ("Could someone else at the address have picked it up?", "No, I live alone."),
            ],
            ["I've sent a replacement with overnight shipping, you'll get tracking by email tonight."]),
        new(
            ["When is my new card going to get here?", "The tracking hasn't moved in a week."],
            [("I see it's still sitting at the warehouse.", "Why? I paid for express shipping.")],
            ["It's on its way now, and it should arrive within a week."]),
        new(
            ["I got the wrong item in my order.", "The box had somebody else's order in it."],
            [("What did you receive instead?", "A phone case, I ordered a charger.")],
            ["I've sent the right item out, and there's a prepaid label in your email for the wrong one."]),
        new(
            ["I need to change the delivery address on an order.", "Can I send an order to a different address?"],
            [("What address should it go to?", "The new one, {number} Oak Avenue.")],
            ["I updated the address, and the order ships out tomorrow."]),
    ]);

    private static readonly IntentPhrases TechnicalSupport = new("technical issue", "technical specialists",
    [
        new(
            ["My internet has been down since this morning.", "I've had no connection at home since {weekday}."],
            [
                ("What lights do you see on the modem?", "The power light is on but the internet one is blinking orange."),
                ("Can you unplug the modem for thirty seconds and plug it back in?", "Okay, it's restarting now."),
                ("Let me run a line test from my end.", "Sure, take your time."),
            ],
            ["I've reset your connection from our side, the lights should go solid green in a minute."]),
        new(
            ["The app keeps crashing every time I open it.", "Your app closes itself as soon as I log in."],
            [
                ("Which version of the app do you have?", "Whatever the latest is, it updated yesterday."),
                ("Have you tried uninstalling and reinstalling the app?", "Yeah, twice already."),
                ("Is it just one device or all of them?", "All of them, my phone and my tablet."),
            ],
            ["Okay, I cleared the stuck session on your account, the app should open normally now."]),
        new(
            ["My device won't turn on after the update.", "The box just shows a black screen since the update last night."],
            [
                ("Can you hold the power button down for ten seconds?", "Okay... still nothing."),
                ("Is the light on the front on at all?", "It's blinking red."),
            ],
            ["I pushed a refresh to the device, and it's back up."]),
        new(
            ["The website won't load for me, it just spins forever.", "I can't get the website to work on any browser."],
            [("Have you tried clearing your browser history?", "Yes, and I tried a different browser too.")],
            ["Okay, that did it, the site should load for you now."]),
    ]);

    private static readonly IntentPhrases FraudSecurity = new("card", "fraud prevention",
    [
        new(
            ["My card was stolen and I need to block it.", "I lost my wallet and my card was in it."],
            [
                ("When did you last have the card?", "Yesterday afternoon at the grocery store."),
                ("I'm going to block the card right now so nobody else can use it.", "Yes please, right away."),
            ],
            ["The card is blocked and a new one is on its way to you."]),
        new(
            ["I see transactions on my account that I didn't make.", "There are charges on my card I definitely didn't make."],
            [
                ("Which transactions don't you recognize?", "There are {n} charges from some online store, about {amount} each."),
                ("I'll need to ask you a few extra security questions.", "Okay, go ahead."),
            ],
            ["Those charges are disputed so you won't pay for them, and I've opened a fraud case for you."]),
        new(
            ["I got an alert about a login from another state.", "I think my account was hacked."],
            [
                ("Did you share your password or a code with anyone recently?", "No, never. Well, I did get a weird text last week."),
                ("I'm signing out every device that's logged in.", "Good, do it."),
            ],
            ["I've secured the account and reset your access, you'll just need to set a new password."]),
    ]);

    private static readonly IntentPhrases Claim = new("claim", "claims",
    [
        new(
            ["I need to file a claim, somebody hit my car.", "I was in an accident and I need to report it."],
            [
                ("When did it happen?", "Last {weekday}, around five in the evening."),
                ("Was anyone hurt?", "No, thankfully it was just the car."),
                ("Can you describe the damage for me?", "The whole bumper is cracked and the light is broken."),
            ],
            ["Your claim is filed, the number is {digits}, and an adjuster will contact you within two business days."]),
        new(
            ["I'm calling about the status of my claim.", "I put in a claim {n} weeks ago and I haven't heard anything."],
            [
                ("Do you have the claim number?", "It's {digits}."),
                ("I see the claim here, it's been assigned to an adjuster.", "Okay, but nobody has contacted me."),
            ],
            ["I see the claim was approved, and the payment of {amount} goes out today."]),
        new(
            ["We had water damage in the basement and I want to report it.", "A pipe burst in our kitchen and I need to file a claim."],
            [
                ("Is the water still coming in, or is it stopped?", "It's stopped, we shut the main valve."),
                ("Do you have photos of the damage?", "Yes, I took a bunch on my phone."),
            ],
            ["The claim is open, and you can upload the photos with the link I just texted you."]),
        new(
            ["My phone broke and I want to use the warranty.", "The screen on my tablet stopped working and it's still under warranty."],
            [("How long ago did you buy it?", "About {n} months ago.")],
            ["The warranty covers it, I've sent you a prepaid label to ship the device."]),
    ]);

    private static readonly IntentPhrases InformationRequest = new("question", "customer care",
    [
        new(
            ["What's my current balance?", "Can you tell me how much I owe right now?"],
            [("Which account are you asking about?", "The main one, the checking.")],
            ["Your current balance is {amount}, and your next payment isn't due until the {ordinal}."]),
        new(
            ["What are your hours on the weekend?", "Where is the closest branch to me?"],
            [("What zip code are you near?", "It's {digits}.")],
            ["The closest one is on Main Street, and we're open eight to eight every day, weekends included."]),
        new(
            ["I need a copy of my proof of insurance.", "How do I get a copy of my statements?"],
            [("Would you like the document by email or by mail?", "Email is faster.")],
            ["I've emailed the document to the address on file, it should be there in a few minutes."]),
        new(
            ["Can you tell me what interest rate I'm paying?", "What's the rate on my savings account?"],
            [("Let me pull that up for you.", "Thanks.")],
            ["Your rate is {n} point {n} percent."]),
    ]);

    private static readonly IntentPhrases Complaint = new("complaint", "customer relations",
    [
        new(
            ["I want to speak to a supervisor.", "Get me a manager, please."],
            [
                ("I'm really sorry you've had that experience. Can you tell me what happened?", "Where do I even start."),
                ("I can see the notes from your previous calls.", "Then you know how many times I've called."),
            ],
            ["I've filed the complaint formally, and you'll get a written response."]),
        new(
            [
                "Your service has been terrible and I want to file a complaint.",
                "I've been a customer for {n} years and this is the worst experience I've had.",
            ],
            [
                ("I understand why you're frustrated.", "Do you? Because nobody else seems to."),
                ("Is there anything that would make this right for you?", "Honestly, a credit for all the time I've wasted."),
            ],
            ["I've applied a goodwill credit of {amount} and logged your complaint with the team lead."]),
        new(
            ["I want to complain about the way I was treated on my last call.", "The person I spoke to last time was really rude to me."],
            [("I'm going to document everything you've told me.", "Good, because I want this on record.")],
            ["I completely understand, I've credited your account and flagged that call for review."]),
    ]);

    private static readonly IntentPhrases Other = new("request", "customer care",
    [
        new(
            ["Hi, I'm not sure I have the right department.", "I'm returning a call from this number, I don't know what it was about."],
            [
                ("Let me see what I can find. Do you have an account with us?", "I think so, under my name."),
                ("I don't see a call out to you on the account, it may have been a survey.", "Oh, okay."),
            ],
            ["That's all taken care of, thanks for checking with us."]),
        new(
            ["I wanted to give some feedback about your website.", "Is this where I can drop off old equipment?"],
            [("I'll pass that along to the right team.", "Thanks, I appreciate it.")],
            ["I've passed that along, and someone from that team will follow up if they need to."]),
    ]);
}
