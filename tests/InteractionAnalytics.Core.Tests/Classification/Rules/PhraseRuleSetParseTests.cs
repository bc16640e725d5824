using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Classification.Rules;

[Parallelizable(ParallelScope.All)]
public sealed class PhraseRuleSetParseTests
{
    [Test]
    public void Parse_FullRule_ReadsEveryField()
    {
        var json = RuleJson.File(RuleJson.Rule("ivr.hold", "ivr", "on hold for {num} {time_unit}", 2.25,
            """
            "speakers": ["customer", "Agent"], "description": "Long hold.", "allow_negated": true,
            "examples": ["on hold for an hour"]
            """));

        var set = PhraseRuleSet.Parse(json, RuleJson.RootCauses);

        var rule = set.Rules.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rule.Id, Is.EqualTo("ivr.hold"));
            Assert.That(rule.RootCause, Is.EqualTo("ivr"));
            Assert.That(rule.Pattern, Is.EqualTo("on hold for {num} {time_unit}"));
            Assert.That(rule.Weight, Is.EqualTo(2.25));
            Assert.That(rule.Speakers, Is.EqualTo(new[] { Speaker.Customer, Speaker.Agent }));
            Assert.That(rule.Description, Is.EqualTo("Long hold."));
            Assert.That(rule.AllowNegated, Is.True);
            Assert.That(rule.Examples, Is.EqualTo(new[] { "on hold for an hour" }));
            Assert.That(rule.CompiledPattern, Does.StartWith(@"\b(?:on hold for (?:"));
            Assert.That(set.FindRule("IVR.HOLD"), Is.SameAs(rule));
            Assert.That(set.FindRule("missing"), Is.Null);
            Assert.That(set.Negation.Cues, Is.EqualTo(NegationScope.DefaultCues));
        }
    }

    [Test]
    public void Parse_OptionalFieldsOmitted_Defaults()
    {
        var rule = RuleJson.Parse(RuleJson.Rule("billing.twice", "billing", "charged twice")).Rules.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rule.Speakers, Is.Null);
            Assert.That(rule.AppliesTo(Speaker.System), Is.True);
            Assert.That(rule.Description, Is.Empty);
            Assert.That(rule.AllowNegated, Is.False);
            Assert.That(rule.Examples, Is.Empty);
        }
    }

    [Test]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        const string json = """
            {
              // The version this file is written for.
              "version": 1,
              "rules": [
                {"id": "a", "root_cause": "billing", "pattern": "charged twice", "weight": 1,},
              ],
            }
            """;

        Assert.That(PhraseRuleSet.Parse(json, RuleJson.RootCauses).Rules, Has.Count.EqualTo(1));
    }

    [Test]
    public void Parse_EmptyRules_EmptySet()
    {
        var set = PhraseRuleSet.Parse("""{"version": 1, "rules": []}""", RuleJson.RootCauses);

        var hits = new List<PhraseRuleHit>();
        set.Match("i was charged twice", hits);
        Assert.That(hits, Is.Empty);
    }

    [TestCase("""{"version": 1, "rules": [""", "not valid JSON", TestName = "Parse_TruncatedJson_Throws")]
    [TestCase("[]", "must be a JSON object", TestName = "Parse_RootNotObject_Throws")]
    [TestCase("""{"rules": []}""", "\"version\" is missing", TestName = "Parse_NoVersion_Throws")]
    [TestCase("""{"version": 2, "rules": []}""", "\"version\" 2 is not supported", TestName = "Parse_UnknownVersion_Throws")]
    [TestCase("""{"version": 1}""", "\"rules\" must be an array", TestName = "Parse_NoRules_Throws")]
    [TestCase("""{"version": 1, "rules": [], "rulez": []}""", "unknown key \"rulez\"", TestName = "Parse_UnknownTopLevelKey_Throws")]
    [TestCase("""{"version": 1, "rules": [], "version": 1}""", "key \"version\" appears twice", TestName = "Parse_RepeatedKey_Throws")]
    [TestCase("""{"version": 1, "rules": [42]}""", "Rule #1: must be an object", TestName = "Parse_RuleNotObject_Throws")]
    public void Parse_InvalidFile_ThrowsNamingProblem(string json, string expected)
    {
        var ex = Assert.Throws<PhraseRuleFormatException>(() => PhraseRuleSet.Parse(json, RuleJson.RootCauses));

        Assert.That(ex.Message, Does.Contain(expected));
    }

    [TestCase("""{"id": "x.a", "root_cause": "weather", "pattern": "rain", "weight": 1}""",
        "unknown root cause 'weather' (allowed: agent, billing, ivr, none, process, product)", TestName = "Parse_UnknownRootCause_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "", "weight": 1}""", "\"pattern\" is empty", TestName = "Parse_EmptyPattern_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "   ", "weight": 1}""", "\"pattern\" is empty", TestName = "Parse_BlankPattern_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "weight": 1}""", "\"pattern\" is missing", TestName = "Parse_NoPattern_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "on (hold", "weight": 1}""", "not a valid regex", TestName = "Parse_UnbalancedParenthesis_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold)|(wait", "weight": 1}""", "not a valid regex", TestName = "Parse_UnbalancedCloseParenthesis_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "(?<!not )on hold", "weight": 1}""", "NonBacktracking", TestName = "Parse_Lookbehind_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "(hold) \\1", "weight": 1}""", "NonBacktracking", TestName = "Parse_Backreference_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "(?>hold)", "weight": 1}""", "NonBacktracking", TestName = "Parse_AtomicGroup_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "on hold for {minutes}", "weight": 1}""", "unknown macro '{minutes}'", TestName = "Parse_UnknownMacro_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "(?:hold)?", "weight": 1}""", "can match empty text", TestName = "Parse_PatternMatchingEmpty_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": 0}""", "weight 0 must be greater than 0", TestName = "Parse_ZeroWeight_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": -1.5}""", "weight -1.5 must be greater than 0", TestName = "Parse_NegativeWeight_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": 25}""", "weight 25 is too large; at most 10", TestName = "Parse_AbsurdWeight_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": "2"}""", "\"weight\" is missing or not a number", TestName = "Parse_WeightAsString_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weigth": 2}""", "unknown key \"weigth\"", TestName = "Parse_MisspelledKey_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": 1, "speakers": ["caller"]}""", "unknown speaker 'caller'", TestName = "Parse_UnknownSpeaker_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": 1, "speakers": []}""", "\"speakers\" is empty", TestName = "Parse_EmptySpeakers_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "hold", "weight": 1, "allow_negated": "yes"}""", "\"allow_negated\" must be true or false", TestName = "Parse_AllowNegatedNotBoolean_Throws")]
    [TestCase("""{"id": "x.a", "root_cause": "ivr", "pattern": "on hold", "weight": 1, "examples": ["holding on"]}""", "does not hit its example \"holding on\"", TestName = "Parse_ExampleNotHit_Throws")]
    public void Parse_InvalidRule_ThrowsNamingRule(string rule, string expected)
    {
        var ex = Assert.Throws<PhraseRuleFormatException>(() => RuleJson.Parse(rule));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.StartWith("Rule 'x.a': "));
            Assert.That(ex.Message, Does.Contain(expected));
            Assert.That(ex.RuleId, Is.EqualTo("x.a"));
        }
    }

    [Test]
    public void Parse_DuplicateIdIgnoringCase_Throws()
    {
        var ex = Assert.Throws<PhraseRuleFormatException>(() =>
            RuleJson.Parse(RuleJson.Rule("ivr.hold", "ivr", "on hold"), RuleJson.Rule("IVR.Hold", "ivr", "holding")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Is.EqualTo("Rule 'IVR.Hold' (rule #2): duplicate id; rule ids must be unique (ignoring case)"));
            Assert.That(ex.RuleId, Is.EqualTo("IVR.Hold"));
        }
    }

    [TestCase("""{"root_cause": "ivr", "pattern": "hold", "weight": 1}""", "Rule #1: \"id\" is missing", TestName = "Parse_NoId_ThrowsNamingPosition")]
    [TestCase("""{"id": "has space", "root_cause": "ivr", "pattern": "hold", "weight": 1}""", "Rule #1: id 'has space' is not valid", TestName = "Parse_InvalidId_ThrowsNamingPosition")]
    public void Parse_RuleWithoutUsableId_NamesPosition(string rule, string expected)
    {
        var ex = Assert.Throws<PhraseRuleFormatException>(() => RuleJson.Parse(rule));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.StartWith(expected));
            Assert.That(ex.RuleId, Is.Null);
        }
    }

    [Test]
    public void Parse_InvalidRootCauseCheck_IsCaseSensitive()
    {
        var ex = Assert.Throws<PhraseRuleFormatException>(() => RuleJson.Parse(RuleJson.Rule("a", "IVR", "hold")));

        Assert.That(ex.Message, Does.Contain("unknown root cause 'IVR'"));
    }

    [Test]
    public void Parse_NullArguments_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => PhraseRuleSet.Parse(null!, RuleJson.RootCauses), Throws.ArgumentNullException);
            Assert.That(() => PhraseRuleSet.Parse("{}", null!), Throws.ArgumentNullException);
        }
    }
}
