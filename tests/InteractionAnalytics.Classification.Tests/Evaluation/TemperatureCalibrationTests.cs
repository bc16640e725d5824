using InteractionAnalytics.Classification.Training;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Tests.Evaluation;

[Parallelizable(ParallelScope.All)]
public sealed class TemperatureCalibrationTests
{
    private static readonly FeaturizerOptions Unigrams = new() { BucketBits = 10, WordBigrams = false, CharNgramMin = 0 };

    /// <summary>Two classes [yes, no]; the word "maybe" has weights [w, −w], "sure" [−w, w]; no biases.</summary>
    private static LinearClassifierModel Model(float w, params string[] labels)
    {
        labels = labels.Length > 0 ? labels : ["yes", "no"];
        var weights = new float[Unigrams.BucketCount * labels.Length];
        var maybe = BucketOf("maybe");
        var sure = BucketOf("sure");
        Assert.That(maybe, Is.Not.EqualTo(sure), "test precondition: distinct buckets");
        weights[maybe * labels.Length] = w;
        weights[(maybe * labels.Length) + 1] = -w;
        weights[sure * labels.Length] = -w;
        weights[(sure * labels.Length) + 1] = w;
        return new LinearClassifierModel(labels, Unigrams, weights, new float[labels.Length]);
    }

    private static int BucketOf(string word)
    {
        var builder = new FeatureVectorBuilder(Unigrams.BucketCount);
        var sink = new VectorBuilderSink(builder);
        new TextFeaturizer(Unigrams).Featurize(word, ref sink);
        return builder.Indices[0];
    }

    private static List<TrainingExample> Repeat(string text, string label, int count) =>
        [.. Enumerable.Repeat(new TrainingExample(text, label), count)];

    /// <summary>The negative log-likelihood of <paramref name="examples"/> at temperature <paramref name="t"/>, computed here.</summary>
    private static double Nll(LinearClassifierModel model, IEnumerable<TrainingExample> examples, double t)
    {
        var scorer = new TextScorer(model);
        var logits = new float[model.ClassCount];
        var sum = 0d;
        foreach (var example in examples)
        {
            scorer.Logits(example.Text, logits);
            var z = logits.Sum(l => Math.Exp(l / t));
            sum -= (logits[model.IndexOf(example.Label)] / t) - Math.Log(z);
        }

        return sum;
    }

    [Test]
    public void Fit_NoExamples_ReturnsOne() => Assert.That(TemperatureCalibration.Fit(Model(3f), []), Is.EqualTo(1f));

    [Test]
    public void Fit_OverconfidentModelRightSixTimesInTen_MatchesTheClosedForm()
    {
        // "maybe" scores [3, −3]: p(yes) = σ(6 / T). Labelled yes 6 times and no 4 times, the NLL
        //   −6 log σ(6/T) − 4 log σ(−6/T) is smallest where σ(6/T) = 0.6, i.e. T = 6 / ln 1.5 = 14.79782.
        // NLL(1) = 6·0.0024757 + 4·6.0024757 = 24.0247569; NLL(T*) = −10 (0.6 ln 0.6 + 0.4 ln 0.4) = 6.7301167.
        var model = Model(3f);
        var examples = Repeat("maybe", "yes", 6).Concat(Repeat("maybe", "no", 4)).ToList();

        var t = TemperatureCalibration.Fit(model, examples);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(t, Is.GreaterThan(1f));
            Assert.That(t, Is.EqualTo(14.79782f).Within(1e-3f));
            Assert.That(Nll(model, examples, 1), Is.EqualTo(24.0247569).Within(1e-5));
            Assert.That(Nll(model, examples, t), Is.EqualTo(6.7301167).Within(1e-5));
        }
    }

    [Test]
    public void Fit_OverconfidentModelOftenWrong_ReducesTheNllAndIsALocalMinimum()
    {
        // Large weights (8: the model says 1 − 1e-7) on texts it gets wrong 5 times in 22; "maybe sure hello" scores 0 for
        // both. By hand the optimum is where σ(16 / T) = 17/22, T = 16 / ln(17/5) = 13.07, inside the search range.
        var model = Model(8f);
        var examples = Repeat("maybe", "yes", 10).Concat(Repeat("maybe", "no", 2))
            .Concat(Repeat("sure", "no", 7)).Concat(Repeat("sure", "yes", 3))
            .Concat(Repeat("maybe sure hello", "yes", 2)).ToList();

        var t = TemperatureCalibration.Fit(model, examples);

        var atFit = Nll(model, examples, t);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t, Is.EqualTo(16 / Math.Log(17d / 5)).Within(1e-2));
            Assert.That(atFit, Is.LessThan(Nll(model, examples, 1)));
            Assert.That(atFit, Is.LessThanOrEqualTo(Nll(model, examples, t * 1.01)));
            Assert.That(atFit, Is.LessThanOrEqualTo(Nll(model, examples, t / 1.01)));
        }
    }

    [Test]
    public void Fit_UnderconfidentModelAlwaysRight_SharpensToTheLowerBound()
    {
        // Always right with a small margin: the NLL falls as T falls, so T goes to the 0.05 end of the search range.
        var model = Model(0.5f);
        var examples = Repeat("maybe", "yes", 5).Concat(Repeat("sure", "no", 5)).ToList();

        var t = TemperatureCalibration.Fit(model, examples);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(t, Is.LessThan(1f));
            Assert.That(t, Is.EqualTo(0.05f).Within(1e-3f));
            Assert.That(Nll(model, examples, t), Is.LessThan(Nll(model, examples, 1)));
        }
    }

    [Test]
    public void Fit_AlwaysWrong_FlattensToTheUpperBound()
    {
        var model = Model(2f);
        var examples = Repeat("maybe", "no", 5);

        var t = TemperatureCalibration.Fit(model, examples);

        Assert.That(t, Is.EqualTo(20f).Within(1e-2f));
    }

    [Test]
    public void Fit_ExamplesWithUnknownLabels_AreIgnored()
    {
        var model = Model(3f);
        var examples = Repeat("maybe", "yes", 6).Concat(Repeat("maybe", "no", 4)).ToList();
        var withUnknown = examples.Concat(Repeat("sure", "not_a_label", 20)).ToList();

        Assert.That(TemperatureCalibration.Fit(model, withUnknown), Is.EqualTo(TemperatureCalibration.Fit(model, examples)));
    }

    [Test]
    public void Fit_ThreeClasses_FittedTemperatureBeatsItsNeighbours()
    {
        var model = Model(4f, "yes", "no", "other");
        var examples = Repeat("maybe", "yes", 5).Concat(Repeat("maybe", "other", 3)).Concat(Repeat("sure", "no", 4))
            .Concat(Repeat("sure", "yes", 2)).ToList();

        var t = TemperatureCalibration.Fit(model, examples);

        var atFit = Nll(model, examples, t);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(atFit, Is.LessThanOrEqualTo(Nll(model, examples, t * 1.01)));
            Assert.That(atFit, Is.LessThanOrEqualTo(Nll(model, examples, t / 1.01)));
            Assert.That(atFit, Is.LessThanOrEqualTo(Nll(model, examples, 1)));
        }
    }

    [Test]
    public void Fit_Null_Throws()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentNullException>(() => TemperatureCalibration.Fit(null!, []));
            Assert.Throws<ArgumentNullException>(() => TemperatureCalibration.Fit(Model(1f), null!));
        }
    }
}
