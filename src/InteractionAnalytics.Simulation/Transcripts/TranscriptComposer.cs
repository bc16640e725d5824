using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Simulation.Contacts;
using InteractionAnalytics.Simulation.FollowUps;
using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Writes the conversation of a handled contact: optional recording notice, greeting (or callback opening), the
/// customer's reason (mentioning the earlier contact on a follow-up), verification, a middle whose length follows the
/// talk time with root-cause evidence and holds in it, and a closing that matches the outcome. Agent and customer turns
/// alternate. Not thread-safe: one composer per run.
/// </summary>
internal sealed class TranscriptComposer
{
    /// <summary>Share of recordings that start with the IVR's notice.</summary>
    public const double IvrNoticeShare = 0.5;

    /// <summary>Talk seconds per agent/customer exchange in the middle of the call (after the first 90 seconds).</summary>
    public const int SecondsPerExchange = 30;

    /// <summary>The most exchanges in the middle of a call, however long it is.</summary>
    public const int MaxExchanges = 20;

    private readonly Random _random;
    private readonly SimulationCalendar _calendar;
    private readonly TranscriptSizing? _sizing;
    private readonly List<Utterance> _utterances = [];
    private PhraseContext _context = null!;
    private string? _agentLead;

    /// <summary>
    /// Creates a composer drawing from <paramref name="random"/>; <paramref name="sizing"/>, when given, scales the middle of
    /// every call towards a target transcript size (<see langword="null"/>, the default, keeps the default lengths).
    /// </summary>
    public TranscriptComposer(Random random, SimulationCalendar calendar, TranscriptSizing? sizing = null)
    {
        _random = random;
        _calendar = calendar;
        _sizing = sizing;
    }

    /// <summary>Writes the transcript of <paramref name="plan"/>; its turns fit in talk + hold seconds.</summary>
    public Transcript Compose(TranscriptPlan plan)
    {
        _utterances.Clear();
        _agentLead = null;
        var phrases = PhraseBank.For(plan.Intent);
        var scenario = phrases.Scenarios[plan.Scenario];
        _context = ContextOf(plan, phrases);

        if (plan.FollowUp?.Kind == FollowUpKind.Callback)
        {
            OpenCallback();
        }
        else
        {
            // The notice is played to callers only; a callback starts with the agent.
            if (_random.Chance(IvrNoticeShare))
            {
                Say(Speaker.Ivr, Render(PhraseBank.IvrNotices));
            }

            OpenInbound(plan, scenario);
        }

        Middle(plan, scenario);
        Close(plan.Outcome, scenario);
        _sizing?.Observe(_utterances);
        return new Transcript(plan.CallId, "en", TurnTimeline.Allocate(_utterances, plan.TalkSeconds, _random));
    }

    private void OpenInbound(TranscriptPlan plan, Scenario scenario)
    {
        Say(Speaker.Agent, Render(PhraseBank.InboundGreetings));
        var reason = Render(scenario.Reasons);
        IReadOnlyList<string>? mentions = plan.FollowUp?.Kind switch
        {
            FollowUpKind.Repeat => PhraseBank.RepeatMentions,
            FollowUpKind.MissedCallback => PhraseBank.MissedCallbackMentions,
            FollowUpKind.RetryAfterAbandon => PhraseBank.RetryMentions,
            _ => null,
        };
        Say(Speaker.Customer, mentions is null ? reason : Render(mentions) + " " + reason);

        var verification = Render(PhraseBank.VerificationRequests);
        Say(Speaker.Agent, plan.FollowUp is null ? verification : Render(PhraseBank.RepeatAcknowledgements) + " " + verification);
        Say(Speaker.Customer, Render(PhraseBank.VerificationAnswers));
        Lead(Render(PhraseBank.VerificationConfirmations));
    }

    private void OpenCallback()
    {
        Say(Speaker.Agent, Render(PhraseBank.CallbackOpenings));
        Say(Speaker.Customer, Render(PhraseBank.CallbackAnswers));
        Say(Speaker.Agent, Render(PhraseBank.CallbackVerificationRequests));
        Say(Speaker.Customer, Render(PhraseBank.VerificationAnswers));
        Lead(Render(PhraseBank.VerificationConfirmations));
    }

    private void Middle(TranscriptPlan plan, Scenario scenario)
    {
        var count = _sizing?.ExchangesFor(plan.TalkSeconds) ?? Math.Clamp((plan.TalkSeconds - 90) / SecondsPerExchange, 1, MaxExchanges);
        var steps = ChooseSteps(scenario, count);

        // Evidence rides on an exchange: the customer adds it to an answer, the agent to a question.
        var evidence = PhraseBank.For(plan.RootCause);
        var customerEvidence = evidence.Customer.Count > 0 ? _random.Next(count) : -1;
        var moreCustomerEvidence = customerEvidence >= 0 && _random.Chance(0.4) ? _random.Next(count) : -1;
        var agentEvidenceShare = plan.RootCause == RootCause.Process ? 0.8 : 0.45;
        var agentEvidence = evidence.Agent.Count > 0 && _random.Chance(agentEvidenceShare) ? _random.Next(count) : -1;

        var holds = plan.HoldSegments;
        var nextHold = 0;
        for (var i = 0; i < count; i++)
        {
            var question = Render(steps[i].Agent);
            Say(Speaker.Agent, i == agentEvidence ? Render(evidence.Agent) + " " + question : question, casual: true);

            var answer = Render(steps[i].Customer);
            if (i == customerEvidence)
            {
                answer += " " + Render(evidence.Customer);
            }

            if (i == moreCustomerEvidence)
            {
                answer += " " + Render(evidence.Customer);
            }

            Say(Speaker.Customer, answer);

            // Holds are spread evenly over the middle of the call; each is a gap in the recording.
            while (nextHold < holds.Count && (nextHold + 1) * count / (holds.Count + 1) <= i + 1)
            {
                Say(Speaker.Agent, Render(PhraseBank.HoldRequests));
                Say(Speaker.Customer, Render(PhraseBank.HoldAnswers), holds[nextHold]);
                Lead(Render(PhraseBank.HoldReturns));
                nextHold++;
            }
        }
    }

    private void Close(ContactOutcome outcome, Scenario scenario)
    {
        if (outcome.Transferred)
        {
            Say(Speaker.Agent, Render(PhraseBank.TransferStatements));
            Say(Speaker.Customer, Render(PhraseBank.TransferAnswers));
            Say(Speaker.System, Render(PhraseBank.TransferNotices));
            return;
        }

        if (outcome.Resolved)
        {
            Say(Speaker.Agent, Render(scenario.Resolutions));
            Say(Speaker.Customer, Render(PhraseBank.ResolvedReactions));
            Say(Speaker.Agent, Render(PhraseBank.AnythingElse));
            Say(Speaker.Customer, Render(PhraseBank.NothingElse));
            Say(Speaker.Agent, Render(PhraseBank.Goodbyes));
            return;
        }

        var statement = outcome.Disposition switch
        {
            Dispositions.CallbackScheduled => PhraseBank.CallbackPromises,
            Dispositions.Escalated => PhraseBank.Escalations,
            _ => PhraseBank.FollowUpInstructions,
        };
        Say(Speaker.Agent, Render(statement));
        Say(Speaker.Customer, Render(PhraseBank.UnresolvedReactions));
        Say(Speaker.Agent, Render(PhraseBank.UnresolvedGoodbyes));
    }

    private List<(string Agent, string Customer)> ChooseSteps(Scenario scenario, int count)
    {
        // The scenario's exchanges keep their order, the first one opens the middle (so even a short call is about
        // something) and the others land on random later positions; generic exchanges fill the rest, none twice
        // until all have been used.
        var own = Math.Min(scenario.Steps.Count, count);
        var positions = Enumerable.Range(1, count - 1).ToArray();
        _random.Shuffle(positions);
        var isOwn = new bool[count];
        isOwn[0] = true;
        for (var i = 0; i < own - 1; i++)
        {
            isOwn[positions[i]] = true;
        }

        var generic = Enumerable.Range(0, PhraseBank.GenericSteps.Count).ToArray();
        _random.Shuffle(generic);
        var steps = new List<(string Agent, string Customer)>(count);
        int nextOwn = 0, nextGeneric = 0;
        for (var i = 0; i < count; i++)
        {
            steps.Add(isOwn[i] ? scenario.Steps[nextOwn++] : PhraseBank.GenericSteps[generic[nextGeneric++ % generic.Length]]);
        }

        return steps;
    }

    private PhraseContext ContextOf(TranscriptPlan plan, IntentPhrases phrases)
    {
        var key = plan.Customer.Key;
        var firstName = NameBank.CustomerFirstName(key);
        var followUp = plan.FollowUp;
        var hour = SimulationCalendar.LocalHourOf(plan.AnsweredSecond);
        return new PhraseContext(
            plan.Agent.FirstName,
            firstName,
            firstName + " " + NameBank.CustomerLastName(key),
            NameBank.AccountLastFour(key),
            phrases.Topic,
            plan.Queue.Replace('_', ' '),
            phrases.Department,
            followUp is null ? "last week" : RelativeDays.Describe(followUp.PriorStartSecond, plan.AnsweredSecond, _calendar, _random),
            followUp?.PriorAgentName ?? "someone",
            hour < 12 ? "morning" : hour < 17 ? "afternoon" : "evening",
            followUp?.Depth ?? 1);
    }

    private string Render(IReadOnlyList<string> templates) => Render(_random.Pick(templates));

    private string Render(string template) => PhraseRenderer.Render(template, _context, _random);

    // Agent lines that open the agent's next turn rather than a turn of their own ("Thanks for holding."), so that
    // agent and customer keep alternating.
    private void Lead(string text) => _agentLead = _agentLead is null ? text : _agentLead + " " + text;

    private void Say(Speaker speaker, string text, int holdAfterSeconds = 0, bool casual = false)
    {
        text = Disfluency.Apply(text, speaker, casual, _random);
        if (speaker == Speaker.Agent && _agentLead is not null)
        {
            text = _agentLead + " " + text;
            _agentLead = null;
        }

        _utterances.Add(new Utterance(speaker, text, holdAfterSeconds));
    }
}
