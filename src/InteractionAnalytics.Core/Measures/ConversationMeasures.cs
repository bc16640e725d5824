using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Core.Sentiment;

namespace InteractionAnalytics.Core.Measures;

/// <summary>What the transcript alone says about a contact: sentiment, dynamics and resolution (docs/metrics.md).</summary>
/// <param name="SentimentAnalyzer">The <see cref="ISentimentAnalyzer.Name"/> that scored the turns.</param>
/// <param name="TurnSentiments">One score per turn, in [-1, 1], in turn order (every speaker).</param>
/// <param name="Sentiment">The customer's sentiment at the start, at the end and its change.</param>
/// <param name="Dynamics">Talk, silence and talk-over from the turn times (or why there are none).</param>
/// <param name="Resolution">Resolved, unresolved or unknown from the closing turns, with evidence.</param>
public sealed record ConversationMeasures(
    string SentimentAnalyzer,
    IReadOnlyList<double> TurnSentiments,
    CustomerSentiment Sentiment,
    DynamicsResult Dynamics,
    ResolutionResult Resolution);
