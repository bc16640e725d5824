using InteractionAnalytics.Simulation.Model;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Everything simulated people say, written for this project (no text comes from a data set). Split by concern over
/// <c>PhraseBank.*.cs</c>; texts may hold placeholders that <see cref="PhraseRenderer"/> fills.
/// </summary>
internal static partial class PhraseBank
{
    /// <summary>The invented company the simulated center answers for.</summary>
    public const string CompanyName = "Brightwater";

    /// <summary>The phrases of <paramref name="intent"/>.</summary>
    public static IntentPhrases For(Intent intent) => intent switch
    {
        Intent.AccountAccess => AccountAccess,
        Intent.AccountUpdate => AccountUpdate,
        Intent.NewService => NewService,
        Intent.PlanChange => PlanChange,
        Intent.CancelService => CancelService,
        Intent.BillingDispute => BillingDispute,
        Intent.Payment => Payment,
        Intent.Refund => Refund,
        Intent.OrderDelivery => OrderDelivery,
        Intent.TechnicalSupport => TechnicalSupport,
        Intent.FraudSecurity => FraudSecurity,
        Intent.Claim => Claim,
        Intent.InformationRequest => InformationRequest,
        Intent.Complaint => Complaint,
        Intent.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Unknown intent."),
    };

    /// <summary>The evidence phrases of <paramref name="rootCause"/> (both lists empty for <see cref="RootCause.None"/>).</summary>
    public static RootCausePhrases For(RootCause rootCause) => rootCause switch
    {
        RootCause.Agent => AgentEvidence,
        RootCause.Ivr => IvrEvidence,
        RootCause.Process => ProcessEvidence,
        RootCause.Billing => BillingEvidence,
        RootCause.Product => ProductEvidence,
        RootCause.None => NoEvidence,
        _ => throw new ArgumentOutOfRangeException(nameof(rootCause), rootCause, "Unknown root cause."),
    };
}
