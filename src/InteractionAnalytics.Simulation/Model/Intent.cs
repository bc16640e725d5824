namespace InteractionAnalytics.Simulation.Model;

/// <summary>The 15 intents of the default taxonomy (TAXONOMY.md), in its order; <see cref="TaxonomyIds"/> gives their ids.</summary>
internal enum Intent
{
    AccountAccess,
    AccountUpdate,
    NewService,
    PlanChange,
    CancelService,
    BillingDispute,
    Payment,
    Refund,
    OrderDelivery,
    TechnicalSupport,
    FraudSecurity,
    Claim,
    InformationRequest,
    Complaint,
    Other,
}
