using InteractionAnalytics.Core.Sentiment;

namespace InteractionAnalytics.Core.Tests.Sentiment;

/// <summary>
/// How well the local VADER scorer labels the hand-labelled customer utterances in labelled-utterances.tsv, with the
/// conventional VADER thresholds. The numbers are in docs/sentiment.md; the floors are the measured values minus 0.05,
/// so the test catches a regression without pinning every utterance.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class SentimentEvaluationTests
{
    private static readonly string[] Labels = ["positive", "neutral", "negative"];

    [Test]
    public void Evaluate_LabelledUtterances_MeetsTheMeasuredFloor()
    {
        var rows = SentimentFixtures.ReadPairs("labelled-utterances.tsv");
        var analyzer = new VaderSentimentAnalyzer();

        // confusion[gold, predicted], both indexes into Labels.
        var confusion = new int[Labels.Length, Labels.Length];
        foreach (var (label, text) in rows)
        {
            confusion[Array.IndexOf(Labels, label), Array.IndexOf(Labels, Classify(analyzer.Score(text)))]++;
        }

        var correct = Enumerable.Range(0, Labels.Length).Sum(i => confusion[i, i]);
        var accuracy = (double)correct / rows.Count;
        var recalls = Enumerable.Range(0, Labels.Length).Select(i => Recall(confusion, i)).ToArray();
        var macroF1 = Enumerable.Range(0, Labels.Length).Average(i => F1(confusion, i));
        TestContext.Out.WriteLine(
            $"n={rows.Count} accuracy={accuracy:F4} macroF1={macroF1:F4} " +
            string.Join(' ', Labels.Select((l, i) => $"recall[{l}]={recalls[i]:F4}")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.First), Is.All.AnyOf(Labels));
            Assert.That(rows, Has.Count.GreaterThanOrEqualTo(150));
            Assert.That(Labels.Select(l => rows.Count(r => r.First == l)), Is.All.EqualTo(rows.Count / 3));
            // Measured on 180 rows: accuracy 0.7500, macro-F1 0.7439.
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.70));
            Assert.That(macroF1, Is.GreaterThanOrEqualTo(0.69));
        }
    }

    /// <summary>The conventional VADER reading of a compound score (Hutto &amp; Gilbert's README).</summary>
    private static string Classify(double compound) => compound switch
    {
        >= 0.05 => "positive",
        <= -0.05 => "negative",
        _ => "neutral",
    };

    private static double Recall(int[,] confusion, int label)
    {
        var gold = Enumerable.Range(0, Labels.Length).Sum(p => confusion[label, p]);
        return gold == 0 ? 0 : (double)confusion[label, label] / gold;
    }

    private static double Precision(int[,] confusion, int label)
    {
        var predicted = Enumerable.Range(0, Labels.Length).Sum(g => confusion[g, label]);
        return predicted == 0 ? 0 : (double)confusion[label, label] / predicted;
    }

    private static double F1(int[,] confusion, int label)
    {
        var precision = Precision(confusion, label);
        var recall = Recall(confusion, label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
