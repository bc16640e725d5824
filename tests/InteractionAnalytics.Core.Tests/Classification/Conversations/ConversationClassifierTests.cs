using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Classification.Scoring;
using InteractionAnalytics.Core.Classification.Taxonomies;
using InteractionAnalytics.Core.Tests.Classification.Features;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Classification.Conversations;

[Parallelizable(ParallelScope.All)]
public sealed class ConversationClassifierTests
{
    private const string Version = "m-0123456789ab";

    // Word unigrams and bigrams, no char n-grams: only the words given weights below move a score.
    private static readonly FeaturizerOptions Options = new() { BucketBits = 10, WordBigrams = true, CharNgramMin = 0 };

    private static readonly string[] IntentLabels = ["billing_dispute", "account_access", "other", ClassifierModels.NoReasonLabel];

    private static readonly Taxonomy Taxonomy = Taxonomy.Parse("""
        {
          "version": 1,
          "intents": [{"id": "billing_dispute"}, {"id": "account_access"}, {"id": "other"}],
          "root_causes": [{"id": "billing"}, {"id": "agent"}, {"id": "none"}],
          "resolutions": [{"id": "resolved"}, {"id": "unresolved"}]
        }
        """);

    private static readonly PhraseRuleSet Rules = PhraseRuleSet.Parse("""
        {
          "version": 1,
          "rules": [
            {"id": "billing.double_charge", "root_cause": "billing", "pattern": "charged twice", "weight": 2.5, "speakers": ["customer"]},
            {"id": "billing.double_billed", "root_cause": "billing", "pattern": "double billed", "weight": 1.0}
          ]
        }
        """, Taxonomy.RootCauseIds.ToList());

    private static readonly PhraseRuleSet NoRules = PhraseRuleSet.Parse("""{"version": 1, "rules": []}""", Taxonomy.RootCauseIds.ToList());

    /// <summary>Intent: charged/twice → billing_dispute, password/locked → account_access, hi/hello → _no_reason.</summary>
    private static LinearClassifierModel IntentModel(IReadOnlyList<string>? labels = null, float noReasonWeight = 5f)
    {
        labels ??= IntentLabels;
        var weights = new float[Options.BucketCount * labels.Count];
        void Set(string word, string label, float weight) =>
            weights[(Recording.WordBucket(Options, word) * labels.Count) + labels.ToList().IndexOf(label)] = weight;
        Set("charged", "billing_dispute", 4f);
        Set("twice", "billing_dispute", 2f);
        Set("password", "account_access", 4f);
        Set("locked", "account_access", 2f);
        if (labels.Contains(ClassifierModels.NoReasonLabel))
        {
            Set("hi", ClassifierModels.NoReasonLabel, noReasonWeight);
            Set("hello", ClassifierModels.NoReasonLabel, noReasonWeight);
        }

        return new LinearClassifierModel(labels, Options, weights, new float[labels.Count]);
    }

    /// <summary>Root cause [billing, none]: optional weight on "charged" for billing; biases [0, 1].</summary>
    private static LinearClassifierModel RootCauseModel(float chargedWeight = 0f, params string[] labels)
    {
        labels = labels.Length > 0 ? labels : ["billing", "none"];
        var weights = new float[Options.BucketCount * labels.Length];
        weights[Recording.WordBucket(Options, "charged") * labels.Length] = chargedWeight;
        var biases = new float[labels.Length];
        biases[^1] = 1f;
        return new LinearClassifierModel(labels, Options, weights, biases);
    }

    private static ClassifierModels Models(LinearClassifierModel? intent = null, LinearClassifierModel? rootCause = null) =>
        new(intent ?? IntentModel(), rootCause ?? RootCauseModel(), Version, new Dictionary<string, string>());

    private static ConversationScorer Scorer(
        LinearClassifierModel? intent = null, LinearClassifierModel? rootCause = null, PhraseRuleSet? rules = null,
        ConversationScoringOptions? options = null) =>
        new ConversationClassifier(Models(intent, rootCause), rules ?? Rules, Taxonomy, options).CreateScorer();

    private static Turn Customer(string text) => new(Speaker.Customer, null, null, text);

    private static Turn Agent(string text) => new(Speaker.Agent, null, null, text);

    [Test]
    public void HandModels_WeightedWords_HaveDistinctBuckets()
    {
        string[] words = ["charged", "twice", "password", "locked", "hi", "hello"];

        Assert.That(words.Select(w => Recording.WordBucket(Options, w)), Is.Unique);
    }

    [Test]
    public void Constructor_IntentLabelNotInTaxonomy_ThrowsNamingIt()
    {
        var intent = IntentModel(["billing_dispute", "refund", ClassifierModels.NoReasonLabel]);

        var exception = Assert.Throws<ArgumentException>(() => _ = new ConversationClassifier(Models(intent), Rules, Taxonomy));

        Assert.That(exception.Message, Does.Contain("refund").And.Contain("not in the taxonomy"));
    }

    [Test]
    public void Constructor_RootCauseLabelNotInTaxonomy_ThrowsNamingIt()
    {
        var rootCause = RootCauseModel(0f, "weather", "none");

        var models = Models(rootCause: rootCause);

        var exception = Assert.Throws<ArgumentException>(() => _ = new ConversationClassifier(models, Rules, Taxonomy));

        Assert.That(exception.Message, Does.Contain("weather"));
    }

    [Test]
    public void Constructor_RootCauseModelWithoutNoFailureClass_Throws()
    {
        var rootCause = RootCauseModel(0f, "billing", "agent");

        var models = Models(rootCause: rootCause);

        var exception = Assert.Throws<ArgumentException>(() => _ = new ConversationClassifier(models, Rules, Taxonomy));

        Assert.That(exception.Message, Does.Contain("'none'"));
    }

    [Test]
    public void Constructor_ValidSetup_ExposesItsParts()
    {
        var models = Models();

        var classifier = new ConversationClassifier(models, Rules, Taxonomy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(classifier.Models, Is.SameAs(models));
            Assert.That(classifier.Rules, Is.SameAs(Rules));
            Assert.That(classifier.Taxonomy, Is.SameAs(Taxonomy));
            Assert.That(classifier.Options, Is.EqualTo(new ConversationScoringOptions()));
        }
    }

    [Test]
    public void Classify_GreetingThenReason_TakesTheReasonWithTheAggregatedConfidence()
    {
        var scorer = Scorer();
        Turn[] turns = [Customer("hi"), Agent("how can i help"), Customer("well i was charged for nothing")];

        var result = scorer.Classify(turns);

        // Expected confidence: the customer turns scored one by one and combined with decay 0.6 (the default).
        float[][] perTurn = [new float[4], new float[4]];
        scorer.ScoreIntent("hi", perTurn[0]);
        scorer.ScoreIntent("well i was charged for nothing", perTurn[1]);
        var (best, confidence) = IntentAggregation.Combine(perTurn, 3, 0.6, new double[4]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(perTurn[0][3], Is.GreaterThan(0.9f), "'hi' is a no-reason turn");
            Assert.That(best, Is.Zero);
            Assert.That(result.Intent, Is.EqualTo("billing_dispute"));
            Assert.That(result.IntentConfidence, Is.EqualTo(confidence).Within(1e-12));
            Assert.That(result.ModelVersion, Is.EqualTo(Version));
        }
    }

    [Test]
    public void Classify_AgentTurns_DoNotAffectTheIntent()
    {
        var scorer = Scorer();

        var alone = scorer.Classify([Customer("i was charged for nothing")]);
        var withAgent = scorer.Classify(
            [Agent("is your password locked, password reset?"), Customer("i was charged for nothing"), Agent("password locked")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withAgent.Intent, Is.EqualTo("billing_dispute"));
            Assert.That(withAgent.IntentConfidence, Is.EqualTo(alone.IntentConfidence));
            Assert.That(withAgent.Evidence.Where(e => e.Kind == ClassificationEvidence.IntentKind).Select(e => e.Turn), Is.All.EqualTo(1));
        }
    }

    [Test]
    public void Classify_OnlyGreetings_ConfidenceIsTinyByHand()
    {
        // "hi" and "hello": logits [0, 0, 0, 5], so p(no reason) = e^5 / (3 + e^5) = 0.9801867 and each intent 0.0066044.
        // The three intents tie, the first wins; P = (1 − 0.9801867²) × (1.6 · 0.0066044) / (1.6 · 0.0198133) = 0.0392341 / 3
        // = 0.0130780: far below any review threshold.
        var result = Scorer().Classify([Customer("hi"), Agent("hello, how can i help"), Customer("hello")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Intent, Is.EqualTo("billing_dispute"));
            Assert.That(result.IntentConfidence, Is.EqualTo(0.0130780).Within(1e-6));
            Assert.That(new ReviewPolicy().Review(result).NeedsReview, Is.True);
        }
    }

    [Test]
    public void Classify_EveryCustomerTurnCertainlyNoReason_GivesTheFallbackIntentWithZeroConfidence()
    {
        // A weight of 200 makes p(no reason) exactly 1 in float: no turn states a reason, so the taxonomy's fallback.
        var result = Scorer(intent: IntentModel(noReasonWeight: 200f)).Classify([Customer("hi"), Customer("hello")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Intent, Is.EqualTo("other"));
            Assert.That(result.IntentConfidence, Is.Zero);
            Assert.That(result.Evidence.Where(e => e.Kind == ClassificationEvidence.IntentKind), Is.Empty);
        }
    }

    [Test]
    public void Classify_OnlyCustomerTurnBlank_FallsBackToTheOtherTurns()
    {
        // The only customer turn is blank, so no customer turn is usable: the fallback reads every turn (the agent's).
        var result = Scorer().Classify([Customer("   "), Agent("i was charged twice")]);

        Assert.That(result.Intent, Is.EqualTo("billing_dispute"));
    }

    [Test]
    public void Classify_EmptyConversation_GivesFallbackIntentAndNoFailure()
    {
        var result = Scorer().Classify([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Intent, Is.EqualTo("other"));
            Assert.That(result.IntentConfidence, Is.Zero);
            Assert.That(result.RootCause, Is.EqualTo("none"));
            Assert.That(result.RootCauseConfidence, Is.InRange(0d, 1d));
            Assert.That(result.Evidence, Is.Empty);
        }
    }

    [Test]
    public void Classify_NoCustomerTurns_FallsBackToAllTurns()
    {
        var result = Scorer().Classify([Agent("hello"), Agent("so you were charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Intent, Is.EqualTo("billing_dispute"));
            Assert.That(result.IntentConfidence, Is.GreaterThan(0));
            Assert.That(result.Evidence.First(e => e.Kind == ClassificationEvidence.IntentKind).Turn, Is.EqualTo(1));
        }
    }

    [Test]
    public void Classify_NoCustomerButIvrAndUnmarkedSpeakers_PrefersTheNonStaffTurns()
    {
        // Pass 2 takes turns not said by agent, IVR or system: the undefined speaker value 99 qualifies, the agent does not.
        var unknown = new Turn((Speaker)99, null, null, "my password is locked");

        var result = Scorer().Classify([Agent("you were charged twice"), new Turn(Speaker.Ivr, null, null, "charged twice"), unknown]);

        Assert.That(result.Intent, Is.EqualTo("account_access"));
    }

    [Test]
    public void Classify_SingleText_IsOneCustomerTurn()
    {
        var scorer = Scorer();

        var text = scorer.Classify("my password is locked");
        var turns = scorer.Classify([Customer("my password is locked")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Intent, Is.EqualTo("account_access"));
            Assert.That(text, Is.EqualTo(turns with { Evidence = text.Evidence }));
            Assert.That(text.Evidence, Is.EqualTo(turns.Evidence));
        }
    }

    [Test]
    public void Classify_IntentModelEvidence_IsTheWeightedPhraseWithExactOffsets()
    {
        // Only "charged" and "twice" carry billing weight; their neighbours score 0, so the phrase is exactly them.
        Turn[] turns = [Customer("hello"), Customer("yes i was charged twice this month")];

        var result = Scorer(rules: NoRules).Classify(turns);

        var evidence = result.Evidence.Where(e => e.Kind == ClassificationEvidence.IntentKind).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(evidence, Has.Count.EqualTo(1));
            Assert.That(evidence[0].Label, Is.EqualTo("billing_dispute"));
            Assert.That(evidence[0].Source, Is.EqualTo(ClassificationEvidence.ModelSource));
            Assert.That(evidence[0].Text, Is.EqualTo("charged twice"));
            Assert.That((evidence[0].Turn, evidence[0].Start, evidence[0].End), Is.EqualTo((1, 10, 23)));
            Assert.That(evidence[0].Weight, Is.GreaterThan(0));
        }
    }

    [Test]
    public void Classify_EvidencePhrasesLimit_IsApplied()
    {
        // "charged" and "password" are separated by unweighted words, so they form separate phrases; with one phrase
        // allowed only the stronger for the winning label (billing: "charged twice") is kept.
        var options = new ConversationScoringOptions { EvidencePhrases = 1 };

        var result = Scorer(rules: NoRules, options: options).Classify([Customer("charged twice and then my account got locked")]);

        Assert.That(result.Evidence.Where(e => e.Kind == ClassificationEvidence.IntentKind).Select(e => e.Text),
            Is.EqualTo(new[] { "charged twice" }));
    }

    [Test]
    public void Classify_MaxPhraseWordsOne_KeepsSingleWords()
    {
        var options = new ConversationScoringOptions { MaxPhraseWords = 1 };

        var result = Scorer(rules: NoRules, options: options).Classify([Customer("i was charged twice")]);

        Assert.That(result.Evidence.Where(e => e.Kind == ClassificationEvidence.IntentKind).Select(e => e.Text),
            Is.EqualTo(new[] { "charged", "twice" }));
    }

    [Test]
    public void Classify_NoRuleHitAndFlatRootCauseModel_IsNoFailureByHand()
    {
        // Root-cause model: zero weights, biases [0, 1]: p(billing) = 1 / (1 + e) for every turn, logit = −1.
        // Scores: billing −1, none 0 → none with confidence 1 / (1 + e^−1) = 0.7310586.
        var result = Scorer().Classify([Customer("i was charged for nothing")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RootCause, Is.EqualTo("none"));
            Assert.That(result.RootCauseConfidence, Is.EqualTo(0.7310586).Within(1e-6));
            Assert.That(result.Evidence.Where(e => e.Kind == ClassificationEvidence.RootCauseKind), Is.Empty);
        }
    }

    [Test]
    public void Classify_RuleHit_AddsEvidenceAndMovesTheRootCauseByHand()
    {
        // billing = logit(p) + rule weight = −1 + 2.5 = 1.5 against none 0 → billing, confidence 1 / (1 + e^−1.5) = 0.8175745.
        Turn[] turns = [Customer("hello"), Agent("how can i help"), Customer("so i got charged twice this month")];

        var result = Scorer().Classify(turns);

        var rule = result.Evidence.Where(e => e.Kind == ClassificationEvidence.RootCauseKind).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RootCause, Is.EqualTo("billing"));
            Assert.That(result.RootCauseConfidence, Is.EqualTo(0.8175745).Within(1e-6));
            Assert.That(rule, Has.Count.EqualTo(1));
            Assert.That(rule[0], Is.EqualTo(new ClassificationEvidence(
                "billing", ClassificationEvidence.RootCauseKind, "rule:billing.double_charge", "charged twice", 2, 9, 22, 2.5)));
            Assert.That(turns[rule[0].Turn].Text[rule[0].Start..rule[0].End], Is.EqualTo(rule[0].Text));
        }
    }

    [Test]
    public void Classify_RulesOutweighSilentModel_BothOpinionsRecordedNoDisagreement()
    {
        // Model alone: logit(p(billing)) = −1 < 0 → names no owner. Rules alone: billing (2.5). Combined: billing.
        var result = Scorer().Classify([Customer("so i got charged twice this month")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RootCause, Is.EqualTo("billing"));
            Assert.That((result.ModelRootCause, result.RuleRootCause), Is.EqualTo(((string?)null, "billing")));
            Assert.That(result.RulesDisagree, Is.False, "a silent model is how rule-only causes are found");
        }
    }

    [Test]
    public void Classify_ModelOutweighsRules_Disagree()
    {
        // Cap 0.5: billing = −1 + 0.5 = −0.5 < 0 → none, although the billing rule fired.
        var result = Scorer(options: new ConversationScoringOptions { RuleCap = 0.5 }).Classify([Customer("i was charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.RootCause, result.ModelRootCause, result.RuleRootCause), Is.EqualTo(("none", (string?)null, "billing")));
            Assert.That(result.RulesDisagree, Is.True);
        }
    }

    [Test]
    public void Classify_ModelNamesAnotherOwner_Disagree()
    {
        // Root-cause model [agent, billing, none]: w(charged, agent) = 6, biases [0, 0, 1]: p(agent) = e^6 / (e^6 + 1 + e)
        // = 0.9935, log-odds 5.03 > 0; p(billing) = 0.0024, log-odds < 0. So the model alone names agent, while the billing
        // rule fires on "charged twice".
        var result = Scorer(rootCause: RootCauseModel(6f, "agent", "billing", "none")).Classify([Customer("i was charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.ModelRootCause, result.RuleRootCause), Is.EqualTo(("agent", "billing")));
            Assert.That(result.RulesDisagree, Is.True);
        }
    }

    [Test]
    public void Classify_ModelAndRulesAgree_NoDisagreement()
    {
        // w(charged, billing) = 6: logit(p(billing)) = 6 − 1 = 5 > 0 → the model alone says billing, as the rule does.
        var result = Scorer(rootCause: RootCauseModel(6f)).Classify([Customer("i was charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.ModelRootCause, result.RuleRootCause), Is.EqualTo(("billing", "billing")));
            Assert.That(result.RulesDisagree, Is.False);
        }
    }

    [Test]
    public void Classify_NoRuleFired_RulesHaveNoOpinionAndCannotDisagree()
    {
        var result = Scorer(rootCause: RootCauseModel(6f), rules: NoRules).Classify([Customer("i was charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.ModelRootCause, result.RuleRootCause), Is.EqualTo(("billing", (string?)null)));
            Assert.That(result.RulesDisagree, Is.False);
        }
    }

    [Test]
    public void Classify_SameRuleTwice_CountsOnceAndDistinctRulesAdd()
    {
        // Twice the same rule: still −1 + 2.5 = 1.5 (0.8175745). Plus "double billed" (1.0): −1 + 3.5 = 2.5
        //   → 1 / (1 + e^−2.5) = 0.9241418. Evidence strongest first.
        var scorer = Scorer();

        var repeated = scorer.Classify([Customer("charged twice, yes charged twice")]);
        var two = scorer.Classify([Customer("i was double billed"), Customer("charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(repeated.RootCauseConfidence, Is.EqualTo(0.8175745).Within(1e-6));
            Assert.That(repeated.Evidence.Count(e => e.Source == "rule:billing.double_charge"), Is.EqualTo(2));
            Assert.That(two.RootCauseConfidence, Is.EqualTo(0.9241418).Within(1e-6));
            Assert.That(two.Evidence.Where(e => e.Kind == ClassificationEvidence.RootCauseKind).Select(e => (e.Source, e.Turn)),
                Is.EqualTo(new[] { ("rule:billing.double_charge", 1), ("rule:billing.double_billed", 0) }));
        }
    }

    [Test]
    public void Classify_RuleCap_LimitsWhatRulesAdd()
    {
        // Cap 0.5: billing = −1 + 0.5 = −0.5 < 0 → none, confidence 1 / (1 + e^−0.5) = 0.6224593.
        var result = Scorer(options: new ConversationScoringOptions { RuleCap = 0.5 }).Classify([Customer("i was charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RootCause, Is.EqualTo("none"));
            Assert.That(result.RootCauseConfidence, Is.EqualTo(0.6224593).Within(1e-6));
        }
    }

    [Test]
    public void Classify_NegatedRuleOrAgentOnlyPhrase_DoesNotHit()
    {
        var scorer = Scorer();

        var negated = scorer.Classify([Customer("i was not charged twice")]);
        var agent = scorer.Classify([Customer("i have a question"), Agent("you were charged twice")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(negated.RootCause, Is.EqualTo("none"));
            Assert.That(agent.RootCause, Is.EqualTo("none"));
            Assert.That(negated.Evidence.Concat(agent.Evidence).Any(e => e.Source.StartsWith("rule:", StringComparison.Ordinal)), Is.False);
        }
    }

    [Test]
    public void Classify_RootCauseModelEvidence_PointsAtTheStrongestTurn()
    {
        // w(charged, billing) = 6: in "charged" alone p(billing) = e^6 / (e^6 + e) — the strongest turn is turn 1.
        var result = Scorer(rootCause: RootCauseModel(6f), rules: NoRules).Classify([Customer("my bill is wrong"), Customer("charged")]);

        var model = result.Evidence.Where(e => e.Kind == ClassificationEvidence.RootCauseKind).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.RootCause, Is.EqualTo("billing"));
            Assert.That(model.Select(e => (e.Source, e.Text, e.Turn, e.Start, e.End)),
                Is.EqualTo(new[] { (ClassificationEvidence.ModelSource, "charged", 1, 0, 7) }));
        }
    }

    [TestCase("i was charged twice")]
    [TestCase("Hello! Um, I was CHARGED twice... my password's locked, can't log in; charged again & double billed")]
    [TestCase("card four one one one was charged twice and password locked")]
    [TestCase("   leading spaces,charged,twice,password   ")]
    public void Classify_AnyEvidence_TextIsTheTurnSliceAndConfidencesAreProbabilities(string text)
    {
        var scorer = Scorer(rootCause: RootCauseModel(2f));
        Turn[] turns = [Customer("hi"), Agent("go ahead, what was charged twice?"), Customer(text), Customer("also my password is locked")];

        var result = scorer.Classify(turns);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Evidence, Is.Not.Empty);
            foreach (var e in result.Evidence)
            {
                Assert.That(e.End, Is.GreaterThan(e.Start));
                Assert.That(turns[e.Turn].Text[e.Start..e.End], Is.EqualTo(e.Text), $"{e.Source} {e.Kind}");
                Assert.That(e.Label, Is.EqualTo(e.Kind == ClassificationEvidence.IntentKind ? result.Intent : result.RootCause));
            }

            Assert.That(result.IntentConfidence, Is.InRange(0d, 1d));
            Assert.That(result.RootCauseConfidence, Is.InRange(0d, 1d));
        }
    }

    [Test]
    public void Classify_IntentModelWithoutNoReasonClass_EveryTurnVotes()
    {
        // Without _no_reason, "hi" is not discounted: its probabilities are uniform over 3 intents and still vote.
        var intent = IntentModel(["billing_dispute", "account_access", "other"]);

        var result = Scorer(intent: intent).Classify([Customer("hi"), Customer("my password")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Intent, Is.EqualTo("account_access"));
            Assert.That(result.IntentConfidence, Is.InRange(0d, 1d));
        }
    }

    [Test]
    public void ScoreIntent_Text_MatchesATextScorerOnTheIntentModel()
    {
        var intent = IntentModel();
        var scorer = Scorer(intent: intent);
        var expected = new float[4];
        var actual = new float[4];

        var expectedBest = new TextScorer(intent).Score("my password is locked", expected);
        var actualBest = scorer.ScoreIntent("my password is locked", actual);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(actualBest, Is.EqualTo(expectedBest));
            Assert.That(actual, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Classify_ScorerReused_GivesTheSameResultEachTime()
    {
        var scorer = Scorer();
        Turn[] turns = [Customer("hello"), Customer("i was charged twice")];

        var first = scorer.Classify(turns);
        scorer.Classify([Customer("my password is locked"), Customer("a"), Customer("b"), Customer("c")]);
        var again = scorer.Classify(turns);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again with { Evidence = first.Evidence }, Is.EqualTo(first));
            Assert.That(again.Evidence, Is.EqualTo(first.Evidence));
        }
    }
}
