using BenchmarkDotNet.Attributes;
using InteractionAnalytics.Benchmarks.Parsing;
using InteractionAnalytics.Classification;
using InteractionAnalytics.Classification.Baseline;
using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Classification.Training;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Transcripts;
using Microsoft.ML;

namespace InteractionAnalytics.Benchmarks.Classification;

/// <summary>
/// Our intent scorer (hashed features + linear model, the shipped default model) against the obvious alternative: an
/// ML.NET <see cref="PredictionEngine{TSrc,TDst}"/> over <c>FeaturizeText + SdcaMaximumEntropy</c>, on the same
/// transcript text of 1 KB, 6 KB and 30 KB (a short, a typical and a long call). Both return the probabilities of the
/// same 16 classes. The baseline is trained in setup on public data when <c>../shared/data</c> is found (every fifth
/// intent example, about 20,000, enough for its n-gram dictionaries to be realistic), else on a small inline corpus.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private ConversationScorer _ours = null!;
    private PredictionEngine<BaselineRow, BaselinePrediction> _engine = null!;
    private BaselineRow _row = null!;
    private string _text = "";
    private Turn[] _turns = [];
    private float[] _probabilities = [];
    private TextFeaturizer _featurizer = null!;
    private TextFeaturizer _wordsOnly = null!;

    [Params(1_024, 6_144, 30_720)]
    public int TranscriptBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var transcript = BenchmarkInputs.Transcript("C0000000", TranscriptBytes);
        _turns = [.. transcript.Turns];
        _text = string.Join("\n", transcript.Turns.Select(t => t.Text));
        var classifier = ClassifierFactory.Create();
        _ours = classifier.CreateScorer();
        _probabilities = new float[classifier.Models.Intent.ClassCount];
        _featurizer = new TextFeaturizer(classifier.Models.Intent.Featurizer);
        _wordsOnly = new TextFeaturizer(classifier.Models.Intent.Featurizer with { WordBigrams = false, CharNgramMin = 0 });

        var labels = classifier.Models.Intent.Labels;
        var examples = BaselineExamples(classifier.Taxonomy, labels);
        _engine = MlNetBaseline.Train(labels, examples).CreatePredictionEngine();
        _row = new BaselineRow { Text = _text };
    }

    /// <summary>Bytes of text scored per call (UTF-16 characters; the text is ASCII, so also UTF-8 bytes).</summary>
    public int TextLength => _text.Length;

    /// <summary>Our scorer: featurize and score the whole text; allocates nothing.</summary>
    [Benchmark]
    public int OursScoreText() => _ours.ScoreIntent(_text, _probabilities);

    /// <summary>
    /// Lower bound of <see cref="OursScoreText"/>: the default model's features (word uni- and bigrams, character 3- to
    /// 5-grams) hashed and handed to a sink that only sums bucket numbers; no vector, no scoring.
    /// </summary>
    [Benchmark]
    public long OursFeaturizeOnly()
    {
        var sink = new BucketSumSink();
        _featurizer.Featurize(_text, ref sink);
        return sink.Sum;
    }

    /// <summary>Lower bound of any scorer on our normalisation: tokenising, fillers, number runs and word unigram hashes only.</summary>
    [Benchmark]
    public long OursTokenizeOnly()
    {
        var sink = new BucketSumSink();
        _wordsOnly.Featurize(_text, ref sink);
        return sink.Sum;
    }

    /// <summary>ML.NET's PredictionEngine over the baseline pipeline on the same text.</summary>
    [Benchmark(Baseline = true)]
    public float MlNetPredictionEngine() => _engine.Predict(_row).Score[0];

    /// <summary>Our full contact classification: intent from the customer's first turns, root cause over all turns (model + rules), evidence.</summary>
    [Benchmark]
    public ContactClassification OursClassifyConversation() => _ours.Classify(_turns);

    private static List<TrainingExample> BaselineExamples(Core.Classification.Taxonomies.Taxonomy taxonomy, IReadOnlyList<string> labels)
    {
        var root = PublicDataSet.FindDataRoot(AppContext.BaseDirectory) ?? PublicDataSet.FindDataRoot(Directory.GetCurrentDirectory());
        if (root is not null)
        {
            var corpus = TrainingCorpus.Build(PublicDataSet.Load(root), taxonomy);
            return [.. corpus.IntentTrain.Where((_, i) => i % 5 == 0)];
        }

        // Every label needs at least one example for the key mapping to be complete.
        return [.. labels.SelectMany(l => Enumerable.Range(0, 20).Select(i => new TrainingExample($"{l.Replace('_', ' ')} example {i}", l)))];
    }
}
