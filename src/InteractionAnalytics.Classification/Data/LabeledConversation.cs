namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// One MultiDoGO conversation (customer turns only) with its contact reason: the intent of its first turn whose label
/// maps to a taxonomy intent.
/// </summary>
/// <param name="ConversationId">The MultiDoGO conversation id.</param>
/// <param name="Domain">The MultiDoGO domain folder, e.g. <c>finance</c>.</param>
/// <param name="Split">The split file the conversation is in (MultiDoGO splits by conversation).</param>
/// <param name="CustomerTurns">The customer turns that were loaded, in file order; skipped lines are missing here too.</param>
/// <param name="Intent">
/// The taxonomy intent of the first turn with a non-null <see cref="LabeledUtterance.Intent"/>, or <see langword="null"/>
/// when no turn has one. Note that MultiDoGO's <c>outofdomain</c> maps to <c>other</c>, which counts.
/// </param>
/// <param name="RootCauseHint">The root-cause hint of that same turn (may be <see langword="null"/> even when <paramref name="Intent"/> is set).</param>
/// <param name="SourceLabel">The MultiDoGO label of that same turn, or <see langword="null"/> when <paramref name="Intent"/> is.</param>
public sealed record LabeledConversation(
    string ConversationId,
    string Domain,
    TrainingSplit Split,
    IReadOnlyList<LabeledUtterance> CustomerTurns,
    string? Intent,
    string? RootCauseHint,
    string? SourceLabel);
