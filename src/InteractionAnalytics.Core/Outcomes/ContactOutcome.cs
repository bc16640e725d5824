namespace InteractionAnalytics.Core.Outcomes;

/// <summary>The repeat outcome of one contact and its place in its customer's contact chain.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="NextCallId">The repeat (the next eligible contact of the same customer within the window), when there is one.</param>
/// <param name="SecondsToNext">Seconds from this contact's end to the repeat's start; <see langword="null"/> without a repeat.</param>
/// <param name="ChainId">The call id of the chain's first contact; <see langword="null"/> for unlinkable and not-applicable contacts.</param>
/// <param name="ChainPosition">1 for the first contact of a chain, 2 for its first repeat, …; <see langword="null"/> with no chain.</param>
/// <param name="WindowElapsed">
/// The contact's whole repeat window lies before the horizon. Only such contacts enter the FCR rate: a repeat is known as
/// soon as it arrives but a resolution only once the window has passed, so counting recent repeats before their window
/// closes would bias the rate down.
/// </param>
public sealed record ContactOutcome(
    string CallId,
    RepeatOutcome Outcome,
    string? NextCallId = null,
    double? SecondsToNext = null,
    string? ChainId = null,
    int? ChainPosition = null,
    bool WindowElapsed = false);
