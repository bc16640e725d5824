using InteractionAnalytics.Core.Classification.Rules;

namespace InteractionAnalytics.Core.Tests.Classification.Rules;

[Parallelizable(ParallelScope.All)]
public sealed class NegationScopeTests
{
    [TestCase("i was charged twice", true, TestName = "Match_NoCue_Hit")]
    [TestCase("i was not charged twice", false, TestName = "Match_CueRightBefore_Suppressed")]
    [TestCase("i wasn't ever really charged twice", false, TestName = "Match_CueThreeWordsBefore_Suppressed")]
    [TestCase("i wasnt charged twice", false, TestName = "Match_CueWithoutApostrophe_Suppressed")]
    [TestCase("i WASN’T charged twice", false, TestName = "Match_CueCurlyApostropheUpperCase_Suppressed")]
    [TestCase("i was never in my life charged twice", true, TestName = "Match_CueFourWordsBefore_Hit")]
    [TestCase("i don't know why i was charged twice", true, TestName = "Match_ScopeBreakBetween_Hit")]
    [TestCase("not really. charged twice", true, TestName = "Match_PunctuationBetween_Hit")]
    [TestCase("nothing charged twice", true, TestName = "Match_CueIsPrefixOfWord_Hit")]
    public void Match_DefaultNegation(string text, bool hit)
    {
        var set = RuleJson.Parse(RuleJson.Rule("billing.twice", "billing", "charged twice"));
        var hits = new List<PhraseRuleHit>();

        set.Match(text, hits);

        Assert.That(hits, Has.Count.EqualTo(hit ? 1 : 0));
    }

    [Test]
    public void Match_AllowNegated_KeepsHit()
    {
        var set = RuleJson.Parse(RuleJson.Rule("agent.notes", "agent", "any notes", extra: "\"allow_negated\": true"));
        var hits = new List<PhraseRuleHit>();

        set.Match("i don't see any notes", hits);

        Assert.That(hits, Has.Count.EqualTo(1));
    }

    [Test]
    public void Match_NegationInsideMatch_NotExamined()
    {
        var set = RuleJson.Parse(RuleJson.Rule("agent.callback", "agent", "never called me back"));
        var hits = new List<PhraseRuleHit>();

        set.Match("they never called me back", hits);

        Assert.That(hits.Single().Text, Is.EqualTo("never called me back"));
    }

    [Test]
    public void Parse_NegationSection_Configures()
    {
        var json = RuleJson.FileWith(
            "\"negation\": {\"cues\": [\"hardly\"], \"scope_breaks\": [\"while\"], \"window_words\": 1}",
            RuleJson.Rule("billing.twice", "billing", "charged twice"));
        var set = PhraseRuleSet.Parse(json, RuleJson.RootCauses);
        var hits = new List<PhraseRuleHit>();

        set.Match("hardly charged twice. not charged twice. hardly ever charged twice", hits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hits.Select(h => h.Start), Is.EqualTo(new[] { 26, 53 }));
            Assert.That(set.Negation.Cues, Is.EqualTo(new[] { "hardly" }));
            Assert.That(set.Negation.ScopeBreaks, Is.EqualTo(new[] { "while" }));
            Assert.That(set.Negation.WindowWords, Is.EqualTo(1));
        }
    }

    [Test]
    public void Parse_WindowZero_NegationOff()
    {
        var json = RuleJson.FileWith("\"negation\": {\"window_words\": 0}", RuleJson.Rule("billing.twice", "billing", "charged twice"));
        var set = PhraseRuleSet.Parse(json, RuleJson.RootCauses);
        var hits = new List<PhraseRuleHit>();

        set.Match("not charged twice", hits);

        Assert.That(hits, Has.Count.EqualTo(1));
    }

    [TestCase("\"negation\": {\"cues\": [\"not at all\"]}", "is not a single word", TestName = "Parse_MultiWordCue_Throws")]
    [TestCase("\"negation\": {\"window_words\": 11}", "\"window_words\" must be a whole number from 0 to 10", TestName = "Parse_WindowTooLarge_Throws")]
    [TestCase("\"negation\": {\"cues\": \"not\"}", "Negation \"cues\" must be an array of strings", TestName = "Parse_CuesNotArray_Throws")]
    [TestCase("\"negation\": {\"cue\": [\"not\"]}", "unknown key \"cue\"", TestName = "Parse_UnknownNegationKey_Throws")]
    public void Parse_BadNegation_Throws(string negation, string expected)
    {
        var json = RuleJson.FileWith(negation, RuleJson.Rule("billing.twice", "billing", "charged twice"));

        var ex = Assert.Throws<PhraseRuleFormatException>(() => PhraseRuleSet.Parse(json, RuleJson.RootCauses));

        Assert.That(ex.Message, Does.Contain(expected));
    }

    [Test]
    public void IsNegated_Direct_ChecksWordsBeforeOffset()
    {
        var scope = new NegationScope(["not"], ["but"], windowWords: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.IsNegated("not very charged", 9), Is.True);
            Assert.That(scope.IsNegated("not so very charged", 12), Is.False);
            Assert.That(scope.IsNegated("not but charged", 8), Is.False);
            Assert.That(scope.IsNegated("charged", 0), Is.False);
            Assert.That(() => scope.IsNegated("abc", 4), Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }
}
