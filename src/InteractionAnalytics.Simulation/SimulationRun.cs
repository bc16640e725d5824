using System.Globalization;
using InteractionAnalytics.Simulation.Agents;
using InteractionAnalytics.Simulation.Contacts;
using InteractionAnalytics.Simulation.Customers;
using InteractionAnalytics.Simulation.FollowUps;
using InteractionAnalytics.Simulation.Output;
using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;
using InteractionAnalytics.Simulation.Transcripts;

namespace InteractionAnalytics.Simulation;

/// <summary>
/// One run of the simulator: day by day, arrival by arrival in time order, each contact simulated and written before
/// the next. What is carried from one contact to the next is bounded: the agents on duty, the follow-up queue (at most
/// about a month of follow-ups), the customer pool's bits and a few counters. Nothing grows with the number of contacts.
/// </summary>
internal sealed class SimulationRun
{
    private readonly SimulationOptions _options;
    private readonly Random _random;
    private readonly SimulationCalendar _calendar;
    private readonly int[] _quotas;
    private readonly AgentRoster _roster;
    private readonly AgentDesk _desk = new();
    private readonly CustomerPool _customers;
    private readonly FollowUpQueue _followUps = new();
    private readonly FollowUpPlanner _planner;
    private readonly ContactSimulator _simulator;
    private readonly ExportWriter _output;
    private readonly string _sequenceFormat;

    /// <summary>Prepares a run of validated <paramref name="options"/> writing to <paramref name="output"/>.</summary>
    public SimulationRun(SimulationOptions options, ExportWriter output)
    {
        _options = options;
        _output = output;
        _random = new Random(options.Seed);
        _calendar = new SimulationCalendar(options.StartDate, options.UtcOffset);
        _quotas = DayQuotas.Allocate(options.Calls, options.StartDate, options.Days);
        _roster = AgentRoster.Create(options.Agents ?? Staffing.DeriveRoster(_quotas, options.StartDate), _random);
        _customers = new CustomerPool(options.Calls);
        _planner = new FollowUpPlanner(_random, _calendar);
        var sizing = options.TranscriptBytes is { } bytes ? new TranscriptSizing(bytes) : null;
        _simulator = new ContactSimulator(_random, _calendar, _customers, _desk, sizing);

        // Sequence numbers are as wide as the busiest day needs (at least 5 digits), so call ids sort in time order.
        var widest = _quotas.Max().ToString(CultureInfo.InvariantCulture).Length;
        _sequenceFormat = "D" + Math.Max(5, widest).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Generates and writes every contact.</summary>
    public SimulationResult Run(CancellationToken cancellationToken)
    {
        int contacts = 0, handled = 0, abandoned = 0, transcripts = 0, repeats = 0;
        for (var day = 0; day < _quotas.Length; day++)
        {
            var quota = _quotas[day];
            if (quota == 0)
            {
                continue;
            }

            var date = _calendar.DateOf(day);
            var weekend = ArrivalProfile.IsWeekend(date.DayOfWeek);
            var opening = SimulationCalendar.OpeningOf(day);
            _desk.StartDay(_roster.OnDuty(day, Staffing.OnDutyCount(quota, weekend, _roster.Count, _random)), opening);
            var arrivals = new SortedUniformSequence(_random, quota);
            var prefix = "C" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
            for (var sequence = 1; sequence <= quota; sequence++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var slot = opening + ArrivalProfile.SecondsAfterOpening(arrivals.Next(), weekend);
                var followUp = TakeFollowUp(slot);
                var callId = prefix + sequence.ToString(_sequenceFormat, CultureInfo.InvariantCulture);
                var contact = _simulator.Simulate(callId, slot, followUp);

                // Drawn only for contacts with a transcript, so the share applies to transcripts.
                var asText = contact.Transcript is not null && _random.Chance(_options.TextTranscriptShare);
                _output.Write(contact, asText);

                contacts++;
                if (contact.Record.Abandoned)
                {
                    abandoned++;
                }
                else
                {
                    handled++;
                }

                if (contact.Transcript is not null)
                {
                    transcripts++;
                }

                if (followUp is not null)
                {
                    repeats++;
                }

                if (_planner.Plan(contact) is { } next)
                {
                    _followUps.Add(next);
                }
            }
        }

        return new SimulationResult(contacts, handled, abandoned, transcripts, _roster.Count, _customers.Distinct, repeats);
    }

    // An arrival slot goes to the earliest follow-up due by then; otherwise it is a fresh contact. Follow-ups thus take
    // the place of fresh contacts rather than add to them, which keeps the total exactly at the requested number.
    private PendingContact? TakeFollowUp(long slot)
    {
        while (_followUps.TakeDue(slot) is { } followUp)
        {
            if (followUp.Kind != FollowUpKind.Callback || _desk.EarliestFree <= slot)
            {
                return followUp;
            }

            // Nobody is free to dial: the callback waits until an agent is, and this slot goes to someone else.
            _followUps.Add(followUp with { DueSecond = _desk.EarliestFree });
        }

        return null;
    }
}
