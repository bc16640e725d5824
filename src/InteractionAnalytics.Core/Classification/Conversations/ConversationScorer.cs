using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// Scores conversations for one thread (docs/classification.md states the method):
/// <list type="bullet">
/// <item>Intent: the first <see cref="ConversationScoringOptions.IntentTurns"/> customer turns are scored; turn k
/// weighs <c>decay^k</c>; each turn's probability of not stating a reason (the model's <c>_no_reason</c> class) is
/// taken out, so "hi", a name or "yes" do not vote. P(intent) = P(a reason was stated) × the weighted average of the
/// turns' intent distributions given a reason.</item>
/// <item>Root cause: each customer turn is scored by the root-cause model; for each failure owner r the strongest
/// turn's probability m(r) gives log-odds max(logit(m(r)), floor) against "no failure"; the phrase rules that fired for r add
/// their weights (capped); a softmax over these scores, with "no failure" at 0, gives the label and confidence.</item>
/// </list>
/// </summary>
public sealed class ConversationScorer
{
    private readonly ConversationClassifier _classifier;
    private readonly ConversationScoringOptions _options;
    private readonly TextScorer _intent;
    private readonly TextScorer _rootCause;
    private readonly int _noReason;
    private readonly int _noFailure;
    private readonly float[] _intentProbabilities;
    private readonly double[] _intentTotals;
    private readonly float[] _causeProbabilities;
    private readonly double[] _causeMax;
    private readonly int[] _causeBestTurn;
    private readonly double[] _causeScores;
    private readonly double[] _ruleSums;
    private readonly HashSet<string> _seenRules = new(StringComparer.Ordinal);
    private readonly List<PhraseRuleHit> _hits = [];
    private readonly List<int> _turns = [];
    private readonly List<float[]> _turnProbabilities = [];
    private readonly FeatureRecorder _recorder = new();

    internal ConversationScorer(ConversationClassifier classifier)
    {
        _classifier = classifier;
        _options = classifier.Options;
        _intent = new TextScorer(classifier.Models.Intent);
        _rootCause = new TextScorer(classifier.Models.RootCause);
        _noReason = classifier.Models.Intent.IndexOf(ClassifierModels.NoReasonLabel);
        _noFailure = classifier.Models.RootCause.IndexOf(classifier.Taxonomy.NoFailureRootCause);
        _intentProbabilities = new float[classifier.Models.Intent.ClassCount];
        _intentTotals = new double[classifier.Models.Intent.ClassCount];
        _causeProbabilities = new float[classifier.Models.RootCause.ClassCount];
        _causeMax = new double[classifier.Models.RootCause.ClassCount];
        _causeBestTurn = new int[classifier.Models.RootCause.ClassCount];
        _causeScores = new double[classifier.Models.RootCause.ClassCount];
        _ruleSums = new double[classifier.Models.RootCause.ClassCount];
    }

    /// <summary>
    /// The intent of a single text (one customer utterance) without evidence: writes the calibrated probabilities into
    /// <paramref name="probabilities"/> (intent model label order) and returns the best index. Allocates nothing; this
    /// is the path the benchmarks compare with ML.NET's PredictionEngine.
    /// </summary>
    public int ScoreIntent(ReadOnlySpan<char> text, Span<float> probabilities) => _intent.Score(text, probabilities);

    /// <summary>Classifies a single text, taken as one customer turn.</summary>
    public ContactClassification Classify(string text) => Classify([new Turn(Speaker.Customer, null, null, text)]);

    /// <summary>Classifies a conversation; turns in order.</summary>
    public ContactClassification Classify(IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var evidence = new List<ClassificationEvidence>();
        var (intent, intentConfidence) = ClassifyIntent(turns, evidence);
        var (cause, causeConfidence) = ClassifyRootCause(turns, evidence);
        return new ContactClassification(intent, intentConfidence, cause, causeConfidence, evidence, _classifier.Models.Version)
        {
            ModelRootCause = ModelOnlyRootCause() is var m and >= 0 ? _classifier.Models.RootCause.Labels[m] : null,
            RuleRootCause = RuleOnlyRootCause() is var r and >= 0 ? _classifier.Models.RootCause.Labels[r] : null,
        };
    }

    private (string Label, double Confidence) ClassifyIntent(IReadOnlyList<Turn> turns, List<ClassificationEvidence> evidence)
    {
        CustomerTurns(turns, _options.IntentTurns);
        var model = _classifier.Models.Intent;
        while (_turnProbabilities.Count < _turns.Count)
        {
            _turnProbabilities.Add(new float[model.ClassCount]);
        }

        var scored = _turnProbabilities.GetRange(0, _turns.Count);
        for (var k = 0; k < _turns.Count; k++)
        {
            _intent.Score(turns[_turns[k]].Text, scored[k]);
        }

        var (best, confidence) = IntentAggregation.Combine(scored, _noReason, _options.IntentDecay, _intentTotals);
        if (best < 0)
        {
            return (_classifier.Taxonomy.FallbackIntent, 0d);
        }

        // Evidence: the turn that contributed most to the label, and its strongest phrases.
        var bestTurn = -1;
        var bestScore = double.MinValue;
        var weight = 1d;
        for (var k = 0; k < _turns.Count; k++)
        {
            if (weight * scored[k][best] > bestScore)
            {
                bestScore = weight * scored[k][best];
                bestTurn = _turns[k];
            }

            weight *= _options.IntentDecay;
        }

        _intent.Score(turns[bestTurn].Text, _intentProbabilities, calibrated: false);
        AddModelPhrases(_intent, _intentProbabilities, best, turns[bestTurn].Text, bestTurn, ClassificationEvidence.IntentKind, evidence);
        return (model.Labels[best], confidence);
    }

    private (string Label, double Confidence) ClassifyRootCause(IReadOnlyList<Turn> turns, List<ClassificationEvidence> evidence)
    {
        var model = _classifier.Models.RootCause;
        var classes = model.ClassCount;
        Array.Clear(_causeMax);
        Array.Fill(_causeBestTurn, -1);
        CustomerTurns(turns, _options.RootCauseTurns);
        foreach (var t in _turns)
        {
            _rootCause.Score(turns[t].Text, _causeProbabilities);
            for (var c = 0; c < classes; c++)
            {
                if (_causeProbabilities[c] > _causeMax[c])
                {
                    _causeMax[c] = _causeProbabilities[c];
                    _causeBestTurn[c] = t;
                }
            }
        }

        _hits.Clear();
        _classifier.Rules.Match(turns, _hits);

        // Each distinct rule counts once, however often it fires; a rule belongs to one root cause.
        Array.Clear(_ruleSums);
        _seenRules.Clear();
        foreach (var hit in _hits)
        {
            var c = model.IndexOf(hit.RootCause);
            if (c >= 0 && _seenRules.Add(hit.RuleId))
            {
                _ruleSums[c] += hit.Weight;
            }
        }
        for (var c = 0; c < classes; c++)
        {
            if (c == _noFailure)
            {
                _causeScores[c] = 0;
                continue;
            }

            var m = Math.Clamp(_causeMax[c], 1e-6, 1 - 1e-6);
            var ruleSum = _ruleSums[c];

            // The floor lets rules outweigh a model that is silent about an owner; without a rule hit the model's own
            // log-odds stand, so "no failure" keeps its full probability when nothing points elsewhere.
            var modelLogOdds = Math.Log(m / (1 - m));
            if (ruleSum > 0)
            {
                modelLogOdds = Math.Max(modelLogOdds, _options.ModelFloor);
            }

            _causeScores[c] = (_options.ModelWeight * modelLogOdds) + Math.Min(ruleSum, _options.RuleCap);
        }

        var best = 0;
        var max = double.MinValue;
        for (var c = 0; c < classes; c++)
        {
            if (_causeScores[c] > max)
            {
                max = _causeScores[c];
                best = c;
            }
        }

        var sum = 0d;
        for (var c = 0; c < classes; c++)
        {
            sum += Math.Exp(_causeScores[c] - max);
        }

        var label = model.Labels[best];
        foreach (var hit in _hits.Where(h => h.RootCause == label).OrderByDescending(h => h.Weight).ThenBy(h => h.TurnIndex).ThenBy(h => h.Start))
        {
            evidence.Add(new ClassificationEvidence(
                label, ClassificationEvidence.RootCauseKind, "rule:" + hit.RuleId, hit.Text, hit.TurnIndex, hit.Start, hit.End, hit.Weight));
        }

        if (best != _noFailure && _causeBestTurn[best] >= 0)
        {
            var t = _causeBestTurn[best];
            _rootCause.Score(turns[t].Text, _causeProbabilities, calibrated: false);
            AddModelPhrases(_rootCause, _causeProbabilities, best, turns[t].Text, t, ClassificationEvidence.RootCauseKind, evidence);
        }

        return (label, 1d / sum);
    }

    /// <summary>
    /// The failure owner the model alone names, from the scores <see cref="ClassifyRootCause"/> left in <c>_causeMax</c>: the
    /// owner with the largest log-odds against "no failure", or −1 when none is above 0 (every m(r) ≤ 0.5).
    /// </summary>
    private int ModelOnlyRootCause()
    {
        var best = -1;
        var max = 0d;
        for (var c = 0; c < _causeMax.Length; c++)
        {
            if (c == _noFailure)
            {
                continue;
            }

            var m = Math.Clamp(_causeMax[c], 1e-6, 1 - 1e-6);
            var logOdds = Math.Log(m / (1 - m));
            if (logOdds > max)
            {
                max = logOdds;
                best = c;
            }
        }

        return best;
    }

    /// <summary>The root cause the phrase rules alone point to (the largest sum of distinct rules' weights), or −1 when none fired.</summary>
    private int RuleOnlyRootCause()
    {
        var best = -1;
        var max = 0d;
        for (var c = 0; c < _ruleSums.Length; c++)
        {
            if (_ruleSums[c] > max)
            {
                max = _ruleSums[c];
                best = c;
            }
        }

        return best;
    }

    /// <summary>Customer turns (or, when none is marked customer, every non-agent turn, else every turn), first <paramref name="limit"/>.</summary>
    private void CustomerTurns(IReadOnlyList<Turn> turns, int limit)
    {
        _turns.Clear();
        for (var pass = 0; pass < 3 && _turns.Count == 0; pass++)
        {
            for (var i = 0; i < turns.Count && _turns.Count < limit; i++)
            {
                var speaker = turns[i].Speaker;
                var take = pass switch
                {
                    0 => speaker == Speaker.Customer,
                    1 => speaker is not (Speaker.Agent or Speaker.Ivr or Speaker.System),
                    _ => true,
                };
                if (take && !string.IsNullOrWhiteSpace(turns[i].Text))
                {
                    _turns.Add(i);
                }
            }
        }
    }

    /// <summary>
    /// Adds the phrases of <paramref name="text"/> that pushed <paramref name="label"/> up most. A feature's contribution
    /// is x_f (w_f,label − Σ_c p_c w_f,c): the first-order effect of the feature on log p(label). Contributions are summed
    /// per word; the best words are grown into phrases over neighbouring words that also help.
    /// </summary>
    private void AddModelPhrases(
        TextScorer scorer, ReadOnlySpan<float> probabilities, int label, string text, int turn, string kind, List<ClassificationEvidence> evidence)
    {
        var model = scorer.Model;
        _recorder.Features.Clear();
        var sink = new FeatureRecorder.Sink(_recorder);
        var tokens = scorer.Featurizer.Featurize(text, ref sink);
        if (tokens == 0)
        {
            return;
        }

        var perBucket = new Dictionary<int, float>();
        foreach (var f in _recorder.Features)
        {
            perBucket[f.Bucket] = perBucket.GetValueOrDefault(f.Bucket) + f.Value;
        }

        var norm = Math.Sqrt(perBucket.Values.Sum(v => (double)v * v));
        var scores = new double[tokens];
        var starts = new int[tokens];
        var ends = new int[tokens];
        foreach (var f in _recorder.Features)
        {
            var weights = model.WeightsOf(f.Bucket);
            var expected = 0d;
            for (var c = 0; c < weights.Length; c++)
            {
                expected += probabilities[c] * weights[c];
            }

            scores[f.Token] += f.Value / norm * (weights[label] - expected);
            // A word's span is the shortest of its features' spans: a bigram's starts at the previous word.
            if (ends[f.Token] == 0 || f.End - f.Start < ends[f.Token] - starts[f.Token])
            {
                starts[f.Token] = f.Start;
                ends[f.Token] = f.End;
            }
        }

        var used = new bool[tokens];
        var order = Enumerable.Range(0, tokens).Where(i => scores[i] > 0).OrderByDescending(i => scores[i]).ToList();
        var added = 0;
        foreach (var seed in order)
        {
            if (added == _options.EvidencePhrases)
            {
                break;
            }

            if (used[seed])
            {
                continue;
            }

            var first = seed;
            var last = seed;
            while (last - first + 1 < _options.MaxPhraseWords)
            {
                var left = first > 0 && !used[first - 1] ? scores[first - 1] : double.MinValue;
                var right = last < tokens - 1 && !used[last + 1] ? scores[last + 1] : double.MinValue;
                if (Math.Max(left, right) <= 0)
                {
                    break;
                }

                if (left >= right)
                {
                    first--;
                }
                else
                {
                    last++;
                }
            }

            var total = 0d;
            for (var i = first; i <= last; i++)
            {
                used[i] = true;
                total += scores[i];
            }

            var start = starts[first];
            var end = ends[last];
            evidence.Add(new ClassificationEvidence(
                model.Labels[label], kind, ClassificationEvidence.ModelSource, text[start..end], turn, start, end, Math.Round(total, 4)));
            added++;
        }
    }
}
