namespace InteractionAnalytics.Simulation.Model;

/// <summary>
/// The snake_case ids written to <c>simulation-truth.csv</c>: the taxonomy's intent and root cause ids, and agent style ids.
/// </summary>
internal static class TaxonomyIds
{
    public static string Of(Intent intent) => intent switch
    {
        Intent.AccountAccess => "account_access",
        Intent.AccountUpdate => "account_update",
        Intent.NewService => "new_service",
        Intent.PlanChange => "plan_change",
        Intent.CancelService => "cancel_service",
        Intent.BillingDispute => "billing_dispute",
        Intent.Payment => "payment",
        Intent.Refund => "refund",
        Intent.OrderDelivery => "order_delivery",
        Intent.TechnicalSupport => "technical_support",
        Intent.FraudSecurity => "fraud_security",
        Intent.Claim => "claim",
        Intent.InformationRequest => "information_request",
        Intent.Complaint => "complaint",
        Intent.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Unknown intent."),
    };

    public static string Of(RootCause rootCause) => rootCause switch
    {
        RootCause.Agent => "agent",
        RootCause.Ivr => "ivr",
        RootCause.Process => "process",
        RootCause.Billing => "billing",
        RootCause.Product => "product",
        RootCause.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(rootCause), rootCause, "Unknown root cause."),
    };

    public static string Of(AgentStyle style) => style switch
    {
        AgentStyle.Steady => "steady",
        AgentStyle.Fast => "fast",
        AgentStyle.Thorough => "thorough",
        AgentStyle.NewHire => "new_hire",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown agent style."),
    };
}
