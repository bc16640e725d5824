using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Resolution;
using InteractionAnalytics.Core.Sentiment;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>
/// Measures one conversation: scores every turn's sentiment with the configured analyzer (local by default), then
/// computes the customer's sentiment change, the conversation dynamics and the resolution the closing turns show.
/// Thread-safe when the analyzer is (both shipped ones are).
/// </summary>
public sealed class ConversationMeasurer
{
    private readonly ISentimentAnalyzer _sentiment;
    private readonly ResolutionDetector _resolution;
    private readonly DynamicsOptions _dynamics;

    /// <summary>Creates a measurer.</summary>
    public ConversationMeasurer(ISentimentAnalyzer sentiment, ResolutionDetector resolution, DynamicsOptions? dynamics = null)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(resolution);
        _sentiment = sentiment;
        _resolution = resolution;
        _dynamics = dynamics ?? DynamicsOptions.Default;
        _dynamics.Validate();
    }

    /// <summary>The sentiment analyzer's name, for logs.</summary>
    public string SentimentAnalyzer => _sentiment.Name;

    /// <summary>Measures <paramref name="transcript"/>.</summary>
    public async Task<ConversationMeasures> MeasureAsync(Transcript transcript, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var turns = transcript.Turns;
        var scores = await _sentiment.ScoreAsync([.. turns.Select(t => t.Text)], cancellationToken);
        if (scores.Count != turns.Count)
        {
            throw new InvalidOperationException($"The sentiment analyzer '{_sentiment.Name}' returned {scores.Count} scores for {turns.Count} turns.");
        }

        return new ConversationMeasures(
            _sentiment.Name,
            scores,
            ConversationSentiment.Compute(turns, scores),
            ConversationDynamics.Compute(turns, _dynamics),
            _resolution.Detect(turns));
    }
}
