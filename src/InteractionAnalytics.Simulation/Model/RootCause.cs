namespace InteractionAnalytics.Simulation.Model;

/// <summary>The six root causes (owner of the failure) of the default taxonomy, in its order.</summary>
internal enum RootCause
{
    Agent,
    Ivr,
    Process,
    Billing,
    Product,
    None,
}
