namespace InteractionAnalytics.Web.Contacts;

/// <summary>A label a supervisor can pick in the correction form.</summary>
/// <param name="Id">The label's id, as stored (e.g. <c>billing_dispute</c>).</param>
/// <param name="Name">What the form shows (the taxonomy's name, else the id).</param>
public sealed record LabelChoice(string Id, string Name);
