using InteractionAnalytics.Storage.Browsing;
using InteractionAnalytics.Web.Contacts;

namespace InteractionAnalytics.Web.Pages.Contacts;

/// <summary>What the correction form partial shows.</summary>
/// <param name="Contact">The contact being corrected.</param>
/// <param name="Intents">The intents offered.</param>
/// <param name="RootCauses">The root causes offered.</param>
/// <param name="Intent">The intent chosen before (after a refused post), else <see langword="null"/> (keep).</param>
/// <param name="RootCause">The root cause chosen before, else <see langword="null"/> (keep).</param>
/// <param name="Reason">The reason typed before.</param>
/// <param name="Errors">Why the last post was refused.</param>
public sealed record CorrectionForm(
    ContactDetail Contact, IReadOnlyList<LabelChoice> Intents, IReadOnlyList<LabelChoice> RootCauses,
    string? Intent, string? RootCause, string? Reason, IReadOnlyList<string> Errors);
