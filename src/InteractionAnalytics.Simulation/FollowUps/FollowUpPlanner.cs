using InteractionAnalytics.Simulation.Contacts;
using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Randomness;
using InteractionAnalytics.Simulation.Timing;

namespace InteractionAnalytics.Simulation.FollowUps;

/// <summary>
/// Decides whether an unresolved or abandoned contact leads to another one, of what kind and when
/// (docs/simulator.md, "Repeat contacts").
/// </summary>
internal sealed class FollowUpPlanner
{
    /// <summary>
    /// The longest chain: the fifth contact about the same need schedules nothing more (the customer gives up or goes elsewhere).
    /// </summary>
    public const int MaxChainLength = 5;

    /// <summary>Probability that a customer who abandoned in the queue tries again.</summary>
    public const double RetryAfterAbandonProbability = 0.65;

    /// <summary>Probability that a scheduled callback is made.</summary>
    public const double CallbackKeptProbability = 0.75;

    /// <summary>Probability that a customer whose callback never came calls in.</summary>
    public const double MissedCallbackCallInProbability = 0.9;

    // Days after the unresolved contact on which a repeat comes: 0..7, then "later" (8..30 days), in that order.
    private static readonly double[] RepeatDayWeights = [0.22, 0.30, 0.16, 0.10, 0.07, 0.05, 0.03, 0.02, 0.05];

    // A kept callback: later the same day, the next day, or the day after.
    private static readonly double[] CallbackDayWeights = [0.40, 0.45, 0.15];

    private readonly Random _random;
    private readonly SimulationCalendar _calendar;

    /// <summary>Creates the planner.</summary>
    public FollowUpPlanner(Random random, SimulationCalendar calendar)
    {
        _random = random;
        _calendar = calendar;
    }

    /// <summary>The follow-up <paramref name="contact"/> leads to, or <see langword="null"/> when none.</summary>
    public PendingContact? Plan(SimulatedContact contact)
    {
        var truth = contact.Truth;
        if (truth.Resolved || contact.Depth >= MaxChainLength)
        {
            return null;
        }

        var end = contact.EndSecond;
        switch (contact.Record.Disposition)
        {
            case Dispositions.Abandoned:
                return _random.Chance(RetryAfterAbandonProbability)
                    ? Follow(
                        contact,
                        FollowUpKind.RetryAfterAbandon,
                        end + _random.NextLogNormalSeconds(1_500, 0.9, 120, 3 * 86_400),
                        truth.Intent,
                        _random.Chance(0.5) ? RootCause.Ivr : truth.RootCause)
                    : null;

            case Dispositions.CallbackScheduled:
                if (_random.Chance(CallbackKeptProbability))
                {
                    var due = _random.PickWeighted(CallbackDayWeights) switch
                    {
                        0 => end + _random.NextLogNormalSeconds(10_800, 0.5, 3_600, 6 * 3_600),
                        var days => DuringDay(end, days),
                    };
                    return Follow(contact, FollowUpKind.Callback, due, truth.Intent, truth.RootCause);
                }

                // The promised callback never came: the customer calls in, and the failure is now an agent's.
                return _random.Chance(MissedCallbackCallInProbability)
                    ? Follow(contact, FollowUpKind.MissedCallback, DuringDay(end, _random.Next(1, 5)), truth.Intent, RootCause.Agent)
                    : null;

            default:
                var transferred = contact.Record.TransferCount > 0;
                var probability = contact.Record.Disposition switch
                {
                    // The other department sometimes sorts it out, and so does the supervisor after an escalation.
                    Dispositions.Transferred => 0.45,
                    Dispositions.Escalated => 0.55,
                    _ => 0.85,
                };
                if (!_random.Chance(probability))
                {
                    return null;
                }

                var (intent, rootCause) = RepeatReason(truth, transferred);
                return Follow(contact, FollowUpKind.Repeat, RepeatDue(end), intent, rootCause);
        }
    }

    private (Intent Intent, RootCause RootCause) RepeatReason(ContactTruth truth, bool transferred)
    {
        if (truth.Intent != Intent.Complaint && _random.Chance(0.10))
        {
            // Fed up: the repeat is a complaint about how the need was handled.
            var blamed = truth.RootCause == RootCause.Ivr ? RootCause.Ivr : _random.Chance(0.7) ? RootCause.Agent : RootCause.Process;
            return (Intent.Complaint, blamed);
        }

        var rootCause = transferred && _random.Chance(0.6) ? RootCause.Process
            : _random.Chance(0.25) ? RootCause.Agent
            : truth.RootCause;
        if (rootCause == RootCause.None)
        {
            // The need went unmet, so something did fail: the person or the procedure.
            rootCause = _random.Chance(0.5) ? RootCause.Agent : RootCause.Process;
        }

        return (truth.Intent, rootCause);
    }

    private long RepeatDue(long end)
    {
        var days = _random.PickWeighted(RepeatDayWeights);
        return days switch
        {
            0 => end + _random.NextLogNormalSeconds(7_200, 0.7, 1_800, 12 * 3_600),
            8 => DuringDay(end, _random.Next(8, 31)),
            _ => DuringDay(end, days),
        };
    }

    // A time during the open hours of the day `days` after `second`'s, drawn from that day's arrival curve.
    private long DuringDay(long second, int days)
    {
        var day = SimulationCalendar.DayIndexOf(second) + days;
        var weekend = ArrivalProfile.IsWeekend(_calendar.DateOf(day).DayOfWeek);
        return SimulationCalendar.OpeningOf(day) + ArrivalProfile.SecondsAfterOpening(_random.NextDouble(), weekend);
    }

    private static PendingContact Follow(SimulatedContact contact, FollowUpKind kind, long due, Intent intent, RootCause rootCause) =>
        new(
            kind,
            due,
            contact.Customer,
            intent,
            // Same intent, same story: the follow-up is about the very need the earlier contact left unmet.
            intent == contact.Truth.Intent ? contact.Scenario : -1,
            rootCause,
            contact.Record.CallId,
            contact.StartSecond,
            contact.AgentFirstName,
            contact.Depth + 1);
}
