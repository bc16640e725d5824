using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Tests.Classification.Features;

namespace InteractionAnalytics.Core.Tests.Classification.Scoring;

[Parallelizable(ParallelScope.All)]
public sealed class TextScorerTests
{
    // Word unigrams only, so the feature vector of a text is exactly its word counts.
    private static readonly FeaturizerOptions Unigrams = new() { BucketBits = 10, WordBigrams = false, CharNgramMin = 0 };
    private static readonly string[] Labels = ["refund_request", "password_reset", "other"];

    /// <summary>
    /// w(refund) = [2, 0, -1], w(password) = [0, 3, 0], b = [0.1, -0.2, 0]; every other bucket is 0.
    /// </summary>
    private static LinearClassifierModel HandModel(float temperature = 1f)
    {
        var refund = Recording.WordBucket(Unigrams, "refund");
        var password = Recording.WordBucket(Unigrams, "password");
        Assert.That(refund, Is.Not.EqualTo(password), "test precondition: the two words hash to different buckets");
        var weights = new float[Unigrams.BucketCount * 3];
        weights[(refund * 3) + 0] = 2f;
        weights[(refund * 3) + 2] = -1f;
        weights[(password * 3) + 1] = 3f;
        return new LinearClassifierModel(Labels, Unigrams, weights, [0.1f, -0.2f, 0f], temperature);
    }

    [Test]
    public void Logits_TwoWords_AreWeightsDotUnitVectorPlusBias()
    {
        // x = (1 at refund, 1 at password), ||x|| = sqrt 2, so each word contributes its weights / sqrt 2:
        //   refund_request = 2/sqrt2 + 0.1 = 1.5142136;  password_reset = 3/sqrt2 - 0.2 = 1.9213203;  other = -1/sqrt2 = -0.7071068.
        var scorer = new TextScorer(HandModel());
        var logits = new float[3];

        scorer.Logits("refund password", logits);

        Assert.That(logits, Is.EqualTo(new[] { 1.5142136f, 1.9213203f, -0.7071068f }).Within(1e-6f));
    }

    [Test]
    public void Score_TwoWords_IsSoftmaxOfTheHandLogits()
    {
        // exp(l - max): e^-0.4071068 = 0.6655932, 1, e^-2.6284271 = 0.0721897; sum 1.7377829
        //   p = 0.3830052, 0.5754518, 0.0415430; arg max = password_reset.
        var scorer = new TextScorer(HandModel());
        var probabilities = new float[3];

        var best = scorer.Score("Refund, PASSWORD!", probabilities);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(probabilities, Is.EqualTo(new[] { 0.3830052f, 0.5754518f, 0.0415430f }).Within(1e-6f));
            Assert.That(probabilities.Sum(), Is.EqualTo(1f).Within(1e-6f));
        }
    }

    [Test]
    public void Score_RepeatedWord_IsNormalisedToUnitLength()
    {
        // "refund refund": x = 2 at refund, ||x|| = 2, unit x = 1: logits = [2.1, -0.2, -1], the same as for "refund".
        //   softmax: e^0 = 1, e^-2.3 = 0.1002588, e^-3.1 = 0.0450492; sum 1.1453080 → 0.8731275, 0.0875388, 0.0393337.
        var scorer = new TextScorer(HandModel());
        var twice = new float[3];
        var once = new float[3];

        var best = scorer.Score("refund refund", twice);
        scorer.Score("refund", once);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.Zero);
            Assert.That(twice, Is.EqualTo(new[] { 0.8731275f, 0.0875388f, 0.0393337f }).Within(1e-6f));
            Assert.That(once, Is.EqualTo(twice).Within(1e-6f));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("hello there")]
    public void Logits_NoWeightedFeatures_AreTheBiases(string text)
    {
        var scorer = new TextScorer(HandModel());
        var logits = new float[3];

        scorer.Logits(text, logits);

        Assert.That(logits, Is.EqualTo(new[] { 0.1f, -0.2f, 0f }).Within(1e-7f));
    }

    [Test]
    public void Logits_UnweightedWordsDilute_TheWeightedOnes()
    {
        // "refund please now": ||x|| = sqrt 3; refund_request = 2/sqrt3 + 0.1 = 1.2547005; other = -1/sqrt3 = -0.5773503.
        var scorer = new TextScorer(HandModel());
        var logits = new float[3];

        scorer.Logits("refund please now", logits);

        Assert.That(logits, Is.EqualTo(new[] { 1.2547005f, -0.2f, -0.5773503f }).Within(1e-6f));
    }

    [Test]
    public void Logits_BufferLargerThanClassCount_WritesOnlyTheFirstEntries()
    {
        var scorer = new TextScorer(HandModel());
        var logits = new float[] { 9f, 9f, 9f, 9f };

        scorer.Logits("refund", logits);

        Assert.That(logits, Is.EqualTo(new[] { 2.1f, -0.2f, -1f, 9f }).Within(1e-6f));
    }

    [Test]
    public void Logits_BufferSmallerThanClassCount_Throws()
    {
        var scorer = new TextScorer(HandModel());

        Assert.Throws<ArgumentException>(() => scorer.Logits("refund", new float[2]));
    }

    [Test]
    public void Score_TemperatureTwo_HalvesTheLogitsBeforeTheSoftmax()
    {
        // Logits of "refund password" halved: [0.7571068, 0.9606602, -0.3535534];
        //   exp(l - max): e^-0.2035534 = 0.8158325, 1, e^-1.3142136 = 0.2686833; sum 2.0845158 → 0.3913753, 0.4797285, 0.1288961.
        var scorer = new TextScorer(HandModel(temperature: 2f));
        var calibrated = new float[3];
        var raw = new float[3];

        var bestCalibrated = scorer.Score("refund password", calibrated);
        var bestRaw = scorer.Score("refund password", raw, calibrated: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calibrated, Is.EqualTo(new[] { 0.3913753f, 0.4797285f, 0.1288961f }).Within(1e-6f));
            Assert.That(raw, Is.EqualTo(new[] { 0.3830052f, 0.5754518f, 0.0415430f }).Within(1e-6f));
            Assert.That(bestCalibrated, Is.EqualTo(bestRaw));
        }
    }

    [Test]
    public void Score_CalibratedFalse_IgnoresTheTemperature()
    {
        var plain = new TextScorer(HandModel(temperature: 1f));
        var hot = new TextScorer(HandModel(temperature: 5f));
        var expected = new float[3];
        var actual = new float[3];

        plain.Score("refund password please", expected);
        hot.Score("refund password please", actual, calibrated: false);

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Softmax_Scores_ReturnsArgMaxAndSumsToOne()
    {
        // [1, 3, 2]: e^-2 = 0.1353353, 1, e^-1 = 0.3678794; sum 1.5032147 → 0.0900306, 0.6652410, 0.2447285.
        var scores = new float[] { 1f, 3f, 2f };

        var best = TextScorer.Softmax(scores, 1f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(scores, Is.EqualTo(new[] { 0.0900306f, 0.6652410f, 0.2447285f }).Within(1e-6f));
            Assert.That(scores.Sum(), Is.EqualTo(1f).Within(1e-6f));
        }
    }

    [Test]
    public void Softmax_Ties_ReturnTheFirstIndexAndEqualProbabilities()
    {
        var scores = new float[] { 0.5f, 2f, 2f, 2f };

        var best = TextScorer.Softmax(scores, 1f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.EqualTo(1));
            Assert.That(scores[1], Is.EqualTo(scores[2]));
            Assert.That(scores[2], Is.EqualTo(scores[3]));
        }
    }

    [Test]
    public void Softmax_HugeScores_DoNotOverflow()
    {
        var scores = new float[] { 1000f, 999f, -1000f };

        var best = TextScorer.Softmax(scores, 1f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(best, Is.Zero);
            Assert.That(scores.All(float.IsFinite), Is.True);
            // e^0 / (1 + e^-1) = 0.7310586.
            Assert.That(scores[0], Is.EqualTo(0.7310586f).Within(1e-6f));
        }
    }

    [Test]
    public void Softmax_HighTemperature_ApproachesUniform()
    {
        var scores = new float[] { 1f, 3f, 2f };

        TextScorer.Softmax(scores, 1e6f);

        Assert.That(scores, Is.All.EqualTo(1f / 3).Within(1e-5f));
    }

    [TestCase(2)]
    [TestCase(19)]
    [TestCase(64)]
    public void Logits_DefaultFeaturesAnyClassCount_MatchTheDefinition(int classes)
    {
        // w·x/||x|| + b computed here in double from the recorded features (summed per bucket), for class counts that
        // take the scalar path only, the vector path plus a remainder, and the vector path only.
        var options = new FeaturizerOptions { BucketBits = 10 };
        var random = new Random(classes);
        var weights = new float[options.BucketCount * classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var biases = Enumerable.Range(0, classes).Select(c => c * 0.01f).ToArray();
        var model = new LinearClassifierModel([.. Enumerable.Range(0, classes).Select(c => $"c{c}")], options, weights, biases);
        const string text = "Hi, um, I was charged twice on card four one one one and I'd like my money back";
        var x = Recording.Record(new TextFeaturizer(options), text).Features
            .GroupBy(f => f.Bucket).ToDictionary(g => g.Key, g => g.Sum(f => (double)f.Value));
        var norm = Math.Sqrt(x.Values.Sum(v => v * v));
        var expected = new float[classes];
        for (var c = 0; c < classes; c++)
        {
            expected[c] = (float)(x.Sum(p => p.Value * weights[(p.Key * classes) + c]) / norm) + biases[c];
        }

        var logits = new float[classes];
        new TextScorer(model).Logits(text, logits);

        Assert.That(logits, Is.EqualTo(expected).Within(1e-5f));
    }

    [Test]
    public void Score_AfterWarmUp_AllocatesNothing()
    {
        var options = new FeaturizerOptions { BucketBits = 10 };
        var weights = new float[options.BucketCount * 4];
        var random = new Random(7);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() - 0.5);
        }

        var model = new LinearClassifierModel(["a", "b", "c", "d"], options, weights, [0f, 0.1f, 0.2f, 0.3f], temperature: 1.5f);
        var scorer = new TextScorer(model);
        var text = string.Concat(Enumerable.Repeat("Hi, um, I was charged twice on card four one one one — can't log in! ", 15));
        Assert.That(text, Has.Length.GreaterThanOrEqualTo(1000));
        var buffer = new float[model.ClassCount];
        for (var i = 0; i < 20; i++)
        {
            scorer.Score(text, buffer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            scorer.Score(text, buffer);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Model_AccessorsAndIndexOf_ReflectTheConstructorArguments()
    {
        var model = HandModel(temperature: 1.25f);
        var refund = Recording.WordBucket(Unigrams, "refund");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(model.Labels, Is.EqualTo(Labels));
            Assert.That(model.ClassCount, Is.EqualTo(3));
            Assert.That(model.Temperature, Is.EqualTo(1.25f));
            Assert.That(model.Featurizer, Is.EqualTo(Unigrams));
            Assert.That(model.IndexOf("other"), Is.EqualTo(2));
            Assert.That(model.IndexOf("missing"), Is.EqualTo(-1));
            Assert.That(model.WeightsOf(refund).ToArray(), Is.EqualTo(new[] { 2f, 0f, -1f }));
            Assert.That(model.BiasSpan.ToArray(), Is.EqualTo(new[] { 0.1f, -0.2f, 0f }));
        }
    }

    [Test]
    public void WithTemperature_ChangesOnlyTheTemperature()
    {
        var model = HandModel();
        var refund = Recording.WordBucket(Unigrams, "refund");

        var hot = model.WithTemperature(3f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hot.Temperature, Is.EqualTo(3f));
            Assert.That(model.Temperature, Is.EqualTo(1f));
            Assert.That(hot.Labels, Is.EqualTo(model.Labels));
            Assert.That(hot.WeightsOf(refund).ToArray(), Is.EqualTo(model.WeightsOf(refund).ToArray()));
        }
    }

    [Test]
    public void Constructor_OneLabel_Throws() =>
        Assert.Throws<ArgumentException>(() => _ = new LinearClassifierModel(["only"], Unigrams, new float[Unigrams.BucketCount], [0f]));

    [Test]
    public void Constructor_DuplicateLabels_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            _ = new LinearClassifierModel(["a", "b", "a"], Unigrams, new float[Unigrams.BucketCount * 3], new float[3]));

    [TestCase("")]
    [TestCase(" ")]
    public void Constructor_BlankLabel_Throws(string blank) =>
        Assert.Throws<ArgumentException>(() =>
            _ = new LinearClassifierModel(["a", blank], Unigrams, new float[Unigrams.BucketCount * 2], new float[2]));

    [TestCase(-1)]
    [TestCase(1)]
    public void Constructor_WrongWeightLength_Throws(int delta)
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            _ = new LinearClassifierModel(["a", "b"], Unigrams, new float[(Unigrams.BucketCount * 2) + delta], new float[2]));

        Assert.That(exception.ParamName, Is.EqualTo("weights"));
    }

    [Test]
    public void Constructor_WrongBiasLength_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            _ = new LinearClassifierModel(["a", "b"], Unigrams, new float[Unigrams.BucketCount * 2], new float[3]));

        Assert.That(exception.ParamName, Is.EqualTo("biases"));
    }

    [TestCase(0f)]
    [TestCase(-1f)]
    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    public void Constructor_NonPositiveOrNonFiniteTemperature_Throws(float temperature) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            _ = new LinearClassifierModel(["a", "b"], Unigrams, new float[Unigrams.BucketCount * 2], new float[2], temperature));

    [Test]
    public void Constructor_InvalidFeaturizerOptions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            _ = new LinearClassifierModel(["a", "b"], Unigrams with { BucketBits = 9 }, new float[512 * 2], new float[2]));

    [Test]
    public void Constructor_LabelsList_IsCopied()
    {
        var labels = new List<string> { "a", "b" };
        var model = new LinearClassifierModel(labels, Unigrams, new float[Unigrams.BucketCount * 2], new float[2]);

        labels[0] = "changed";

        Assert.That(model.Labels, Is.EqualTo(new[] { "a", "b" }));
    }
}
