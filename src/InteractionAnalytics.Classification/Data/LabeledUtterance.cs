namespace InteractionAnalytics.Classification.Data;

/// <summary>One labelled customer utterance from a public data set, mapped to our taxonomy through its label map.</summary>
/// <param name="Text">The utterance, trimmed of surrounding white space; never empty.</param>
/// <param name="Source">The data set: <c>banking77</c>, <c>clinc150</c>, <c>bitext</c> or <c>multidogo</c> (<see cref="DataSourceNames"/>).</param>
/// <param name="SourceLabel">
/// The data set's own label. For a MultiDoGO turn with several intents (<c>a&lt;div&gt;b</c>) it is the one that was
/// chosen: the first that maps to a taxonomy intent, else the first.
/// </param>
/// <param name="Intent">The taxonomy intent id, or <see langword="null"/> when the label is not a contact reason (MultiDoGO greetings, confirmations, content-only turns).</param>
/// <param name="RootCauseHint">The root cause the label usually implies (weak supervision only), or <see langword="null"/>.</param>
/// <param name="Split">The split the row belongs to; Bitext rows are always <see cref="TrainingSplit.Train"/>.</param>
/// <param name="Domain">The MultiDoGO domain folder (e.g. <c>finance</c>) or the CLINC150 domain from <c>domains.json</c> (<c>oos</c> for out-of-scope); <see langword="null"/> for other sources.</param>
/// <param name="ConversationId">The MultiDoGO conversation id; <see langword="null"/> for other sources.</param>
/// <param name="TurnNumber">The MultiDoGO turn number: the turn's position in the whole chat, agent turns included, so customer turns skip numbers (upstream writes <c>4</c> or <c>4.0</c>); <see langword="null"/> for other sources.</param>
public sealed record LabeledUtterance(
    string Text,
    string Source,
    string SourceLabel,
    string? Intent,
    string? RootCauseHint,
    TrainingSplit Split,
    string? Domain,
    string? ConversationId,
    int? TurnNumber);
