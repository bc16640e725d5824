using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Simulation.Agents;
using InteractionAnalytics.Simulation.Customers;
using InteractionAnalytics.Simulation.FollowUps;
using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;
using InteractionAnalytics.Simulation.Transcripts;

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>
/// Plays out one contact from its arrival: IVR, queue, the customer's patience against the wait, the agent, the
/// outcome and the durations (docs/simulator.md). All durations are whole seconds, so every row satisfies
/// started_at + ivr + queue = answered_at and answered_at + talk + hold = ended_at exactly.
/// </summary>
internal sealed class ContactSimulator
{
    /// <summary>Share of inbound callers who hang up within 1–7 seconds of queueing, whatever the wait.</summary>
    public const double ShortAbandonShare = 0.015;

    // Calls with any hold: one hold, two, or three.
    private static readonly double[] HoldCountWeights = [0.70, 0.22, 0.08];

    private readonly Random _random;
    private readonly SimulationCalendar _calendar;
    private readonly CustomerPool _customers;
    private readonly AgentDesk _desk;
    private readonly TranscriptComposer _composer;

    /// <summary>Creates the simulator over the run's shared state.</summary>
    public ContactSimulator(Random random, SimulationCalendar calendar, CustomerPool customers, AgentDesk desk, TranscriptSizing? sizing = null)
    {
        _random = random;
        _calendar = calendar;
        _customers = customers;
        _desk = desk;
        _composer = new TranscriptComposer(random, calendar, sizing);
    }

    /// <summary>
    /// Simulates the contact arriving at <paramref name="slot"/>: a fresh one, or <paramref name="followUp"/> when one is due.
    /// An outbound callback needs an agent free at <paramref name="slot"/>; the caller makes sure of that.
    /// </summary>
    public SimulatedContact Simulate(string callId, long slot, PendingContact? followUp)
    {
        Customer customer;
        Intent intent;
        RootCause rootCause;
        if (followUp is null)
        {
            customer = _customers.Draw(_random);
            intent = IntentCatalog.PickIntent(_random);
            rootCause = IntentCatalog.PickRootCause(_random, intent);
        }
        else
        {
            (customer, intent, rootCause) = (followUp.Customer, followUp.Intent, followUp.RootCause);
        }

        _customers.MarkSeen(customer);
        var scenario = followUp is { Scenario: >= 0 } ? followUp.Scenario : _random.Next(PhraseBank.For(intent).Scenarios.Count);
        var call = new CallFacts(callId, customer, IntentCatalog.For(intent), scenario, rootCause, followUp);
        if (followUp?.Kind == FollowUpKind.Callback)
        {
            // The agent dials at the slot; the customer picks up after a few rings. No IVR, no queue.
            var ring = _random.Next(6, 26);
            return Handled(call, slot, slot + ring, ivrSeconds: 0, queueSeconds: 0, ContactDirection.Outbound);
        }

        var ivr = _random.NextLogNormalSeconds(40, 0.45, 15, 120);
        var queued = slot + ivr;
        // Routing takes a few seconds even when an agent is idle; otherwise the call waits for the longest-idle agent.
        var answered = Math.Max(queued + _random.Next(2, 11), _desk.EarliestFree);
        // A few callers hang up within seconds whatever the wait (changed their mind, wrong number); the rest wait a
        // log-normal time around two and a half minutes.
        var patience = _random.Chance(ShortAbandonShare) ? _random.Next(1, 8) : _random.NextLogNormalSeconds(150, 1.0, 3, 3_600);
        if (answered - queued > patience)
        {
            return Abandoned(call, slot, ivr, patience);
        }

        return Handled(call, slot, answered, ivr, (int)(answered - queued), ContactDirection.Inbound);
    }

    private SimulatedContact Abandoned(CallFacts call, long slot, int ivrSeconds, int patience)
    {
        var ended = slot + ivrSeconds + patience;
        var record = new ContactRecord
        {
            CallId = call.CallId,
            CustomerId = CustomerPool.IdOf(call.Customer),
            Queue = call.Intent.Queue,
            StartedAt = _calendar.ToTimestamp(slot),
            EndedAt = _calendar.ToTimestamp(ended),
            IvrSeconds = ivrSeconds,
            QueueSeconds = patience,
            Abandoned = true,
            Disposition = Dispositions.Abandoned,
        };
        var truth = new ContactTruth(call.CallId, call.Intent.Intent, call.RootCause, false, null, call.FollowUp?.PriorCallId);
        return new SimulatedContact(record, truth, null, call.Customer, call.Scenario, call.Depth, null, slot, ended);
    }

    private SimulatedContact Handled(CallFacts call, long slot, long answered, int ivrSeconds, int queueSeconds, ContactDirection direction)
    {
        var agent = _desk.Take();
        var style = agent.Style;
        var profile = call.Intent;
        var outcome = OutcomeModel.Decide(
            _random,
            profile,
            RootCauseCatalog.For(call.RootCause),
            style,
            followUp: call.FollowUp is not null,
            outbound: direction == ContactDirection.Outbound);

        // A follow-up takes longer (the story so far has to be told); a transfer cuts the call short.
        var talkMedian = profile.TalkMedianSeconds * style.HandleFactor
            * (call.FollowUp is null ? 1.0 : 1.15)
            * (outcome.Transferred ? 0.6 : 1.0);
        var talk = _random.NextLogNormalSeconds(talkMedian, profile.TalkSigma, 60, 7_200);
        var holds = HoldSegments(profile, style);
        var hold = holds.Sum();
        var acw = _random.NextLogNormalSeconds(profile.AcwMedianSeconds * style.HandleFactor, 0.6, 5, 1_800);
        var ended = answered + talk + hold;
        _desk.Release(agent, ended + acw);

        var record = new ContactRecord
        {
            CallId = call.CallId,
            CustomerId = CustomerPool.IdOf(call.Customer),
            AgentId = agent.Id,
            Team = agent.Team,
            Queue = profile.Queue,
            Direction = direction,
            StartedAt = _calendar.ToTimestamp(slot),
            AnsweredAt = _calendar.ToTimestamp(answered),
            EndedAt = _calendar.ToTimestamp(ended),
            IvrSeconds = ivrSeconds,
            QueueSeconds = queueSeconds,
            TalkSeconds = talk,
            HoldSeconds = hold,
            HoldCount = holds.Length,
            AcwSeconds = acw,
            TransferCount = outcome.TransferCount,
            Disposition = outcome.Disposition,
        };
        var transcript = _composer.Compose(new TranscriptPlan(
            call.CallId,
            profile.Intent,
            call.Scenario,
            call.RootCause,
            outcome,
            call.FollowUp,
            agent,
            call.Customer,
            profile.Queue,
            answered,
            talk,
            holds));
        var truth = new ContactTruth(
            call.CallId, profile.Intent, call.RootCause, outcome.Resolved, style.Style, call.FollowUp?.PriorCallId);
        return new SimulatedContact(record, truth, transcript, call.Customer, call.Scenario, call.Depth, agent.FirstName, slot, ended);
    }

    private int[] HoldSegments(IntentProfile profile, AgentStyleProfile style)
    {
        if (!_random.Chance(Math.Min(0.95, profile.HoldProbability * style.HoldFactor)))
        {
            return [];
        }

        // One hold on most calls that have any, two on some, three on a few; each log-normal around a minute.
        var segments = new int[_random.PickWeighted(HoldCountWeights) + 1];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = _random.NextLogNormalSeconds(60 * style.HoldFactor, 0.8, 10, 1_200);
        }

        return segments;
    }
}
