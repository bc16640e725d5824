using InteractionAnalytics.Classification.Training;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Tests.Training;

[Parallelizable(ParallelScope.All)]
public sealed class HashedLinearTrainerTests
{
    private static readonly FeaturizerOptions SmallFeaturizer = new() { BucketBits = 14 };

    [TestCase(LinearTrainerKind.Lbfgs)]
    [TestCase(LinearTrainerKind.Sdca)]
    public void Train_OurScorerAgainstMlNetTransform_AgreesWithin1e4On1000Texts(LinearTrainerKind kind)
    {
        var trainer = new HashedLinearTrainer(new LinearTrainerOptions { Featurizer = SmallFeaturizer, Trainer = kind, MaximumIterations = 50 });
        var trained = trainer.Train(InlineCorpus.Labels, InlineCorpus.Examples(400, seed: 1));
        var texts = InlineCorpus.Examples(1000, seed: 2).Select(e => e.Text).ToList();

        var mlNet = trainer.ScoreWithMlNet(trained, texts);

        var scorer = new TextScorer(trained.Model);
        var ours = new float[trained.Model.ClassCount];
        var maxDifference = 0d;
        for (var i = 0; i < texts.Count; i++)
        {
            scorer.Score(texts[i], ours, calibrated: false);
            for (var c = 0; c < ours.Length; c++)
            {
                maxDifference = Math.Max(maxDifference, Math.Abs(ours[c] - mlNet[i][c]));
            }
        }

        TestContext.Out.WriteLine($"{kind}: max |ours - ML.NET| over {texts.Count} texts x {ours.Length} classes = {maxDifference:E2}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mlNet, Has.Count.EqualTo(1000));
            Assert.That(maxDifference, Is.LessThan(1e-4));
            // Not a degenerate model: the probabilities vary, so agreement is not trivially 1/k everywhere.
            Assert.That(mlNet.Select(p => p.Max()).Max(), Is.GreaterThan(0.9f));
        }
    }

    [Test]
    public void Train_SameSeedTwice_GivesIdenticalWeights()
    {
        var options = new LinearTrainerOptions { Featurizer = SmallFeaturizer, MaximumIterations = 30 };
        var examples = InlineCorpus.Examples(300, seed: 3);

        var first = new HashedLinearTrainer(options).Train(InlineCorpus.Labels, examples).Model;
        var second = new HashedLinearTrainer(options).Train(InlineCorpus.Labels, examples).Model;

        Assert.That(second.BiasSpan.ToArray(), Is.EqualTo(first.BiasSpan.ToArray()));
        for (var bucket = 0; bucket < SmallFeaturizer.BucketCount; bucket++)
        {
            if (!first.WeightsOf(bucket).SequenceEqual(second.WeightsOf(bucket)))
            {
                Assert.Fail($"Bucket {bucket} differs between two trainings with the same seed.");
            }
        }
    }

    [Test]
    public void Train_HeldOutSentences_AreClassifiedCorrectly()
    {
        var trainer = new HashedLinearTrainer(new LinearTrainerOptions { Featurizer = SmallFeaturizer, MaximumIterations = 50 });
        var trained = trainer.Train(InlineCorpus.Labels, InlineCorpus.Examples(400, seed: 4));
        var scorer = new TextScorer(trained.Model);
        var probabilities = new float[trained.Model.ClassCount];

        var cases = new[]
        {
            ("hello i think i was charged twice on my bill", "billing_dispute"),
            ("i can't log in my account is locked", "account_access"),
            ("my order never arrived", "order_delivery"),
            ("the app crashing again", "technical_support"),
        };

        using (Assert.EnterMultipleScope())
        {
            foreach (var (text, expected) in cases)
            {
                var best = scorer.Score(text, probabilities);
                Assert.That(trained.Model.Labels[best], Is.EqualTo(expected), text);
            }
        }
    }

    [Test]
    public void Train_LabelNotInList_Throws()
    {
        var trainer = new HashedLinearTrainer(new LinearTrainerOptions { Featurizer = SmallFeaturizer });

        Assert.Throws<ArgumentException>(() => trainer.Train(["a", "b"], [new TrainingExample("text", "c")]));
    }
}
