using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Contacts;

/// <summary>Decides how a handled contact ends: transfer, resolution and disposition (docs/simulator.md, "Outcomes").</summary>
internal static class OutcomeModel
{
    /// <summary>Transfer probability before the intent's and root cause's boosts and the style's factor.</summary>
    public const double BaseTransferProbability = 0.02;

    /// <summary>Added to the resolution probability of a follow-up contact: the second agent has the notes of the first.</summary>
    public const double FollowUpResolutionBoost = 0.06;

    /// <summary>Added to the resolution probability of an outbound callback: the agent prepared before dialling.</summary>
    public const double CallbackResolutionBoost = 0.08;

    // Unresolved non-complaints: callback_scheduled, escalated, follow_up_required.
    private static readonly double[] UnresolvedWeights = [0.30, 0.12, 0.58];

    /// <summary>Decides the outcome of a handled contact.</summary>
    /// <param name="random">The run's random source.</param>
    /// <param name="intent">The contact's intent.</param>
    /// <param name="rootCause">The contact's root cause.</param>
    /// <param name="style">The handling agent's style.</param>
    /// <param name="followUp">Whether the contact follows an earlier one (a repeat or a callback).</param>
    /// <param name="outbound">Whether the center called the customer.</param>
    public static ContactOutcome Decide(
        Random random, IntentProfile intent, RootCauseProfile rootCause, AgentStyleProfile style, bool followUp, bool outbound)
    {
        var transfer = (BaseTransferProbability + intent.TransferBoost + rootCause.TransferBoost) * style.TransferFactor;
        if (random.Chance(transfer))
        {
            return new ContactOutcome(Dispositions.Transferred, false, random.Chance(0.12) ? 2 : 1);
        }

        var resolution = (style.Resolution * intent.ResolutionFactor * rootCause.ResolutionFactor)
            + (followUp ? FollowUpResolutionBoost : 0)
            + (outbound ? CallbackResolutionBoost : 0);
        if (random.Chance(Math.Clamp(resolution, 0.05, 0.97)))
        {
            var informational = intent.Intent == Intent.InformationRequest || (intent.Intent == Intent.Other && random.Chance(0.5));
            return new ContactOutcome(informational ? Dispositions.InfoProvided : Dispositions.Resolved, true, 0);
        }

        // Complaints are mostly escalated to a supervisor; other unresolved needs mostly wait on the customer or a callback.
        var disposition = intent.Intent == Intent.Complaint
            ? (random.Chance(0.6) ? Dispositions.Escalated : Dispositions.CallbackScheduled)
            : random.PickWeighted(UnresolvedWeights) switch
            {
                0 => Dispositions.CallbackScheduled,
                1 => Dispositions.Escalated,
                _ => Dispositions.FollowUpRequired,
            };
        return new ContactOutcome(disposition, false, 0);
    }
}
