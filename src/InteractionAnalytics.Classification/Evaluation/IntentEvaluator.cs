using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>
/// Evaluates an intent scorer on test sets. The scorer maps each customer turn to probabilities over
/// <see cref="Labels"/>; turns are combined by <see cref="IntentAggregation"/>, the same way for our model and the ML.NET
/// baseline, so the comparison is between the text models alone.
/// </summary>
/// <param name="Labels">The scorer's labels, in probability order.</param>
/// <param name="NoReasonIndex">Index of the no-reason class, or -1.</param>
/// <param name="FallbackLabel">Label predicted when no turn states a reason.</param>
/// <param name="ScoreBatch">Scores many turns at once, returning each turn's probabilities.</param>
/// <param name="Decay">Turn weight ratio (default as the runtime scorer).</param>
public sealed record IntentEvaluator(
    IReadOnlyList<string> Labels, int NoReasonIndex, string FallbackLabel, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> ScoreBatch, double Decay = 0.6)
{
    /// <summary>Predicts every item of <paramref name="set"/>.</summary>
    public IReadOnlyList<Prediction> Predict(EvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var texts = set.Items.SelectMany(i => i.CustomerTurns).ToList();
        var probabilities = ScoreBatch(texts);
        var totals = new double[Labels.Count];
        var predictions = new List<Prediction>(set.Items.Count);
        var offset = 0;
        foreach (var item in set.Items)
        {
            var turns = new List<float[]>(item.CustomerTurns.Count);
            for (var k = 0; k < item.CustomerTurns.Count; k++)
            {
                turns.Add(probabilities[offset + k]);
            }

            offset += item.CustomerTurns.Count;
            var (best, confidence) = IntentAggregation.Combine(turns, NoReasonIndex, Decay, totals);
            predictions.Add(new Prediction(item.Expected, best < 0 ? FallbackLabel : Labels[best], confidence));
        }

        return predictions;
    }
}
