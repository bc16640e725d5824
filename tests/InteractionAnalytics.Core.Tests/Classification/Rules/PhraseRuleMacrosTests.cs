using InteractionAnalytics.Core.Classification.Rules;

namespace InteractionAnalytics.Core.Tests.Classification.Rules;

[Parallelizable(ParallelScope.All)]
public sealed class PhraseRuleMacrosTests
{
    [TestCase("on hold for 45 minutes", "45")]
    [TestCase("on hold for forty five minutes", "forty five")]
    [TestCase("on hold for forty-five minutes", "forty-five")]
    [TestCase("on hold for twenty minutes", "twenty")]
    [TestCase("on hold for fifteen minutes", "fifteen")]
    [TestCase("on hold for an hour", "an")]
    [TestCase("on hold for half an hour", "half an")]
    [TestCase("on hold for a couple of hours", "a couple of")]
    [TestCase("on hold for a couple hours", "a couple")]
    [TestCase("on hold for a few hours", "a few")]
    [TestCase("on hold for two or three hours", "two or three")]
    [TestCase("on hold for 2-3 hours", "2-3")]
    [TestCase("on hold for 1.5 hours", "1.5")]
    [TestCase("on hold for a hundred minutes", "a hundred")]
    [TestCase("on hold for one and a half hours", "one and a half")]
    [TestCase("on hold for several hours", "several")]
    public void Num_SpokenOrDigits_Matches(string text, string number)
    {
        var set = RuleJson.Parse(RuleJson.Rule("ivr.hold", "ivr", "on hold for {num} {time_unit}"));
        var hits = new List<PhraseRuleHit>();

        set.Match(text, hits);

        Assert.That(hits.Single().Text, Is.EqualTo($"on hold for {number} " + text.Split(' ')[^1]));
    }

    [TestCase("it takes seven to ten business days", "seven to ten business days")]
    [TestCase("it takes 7 to 10 business days", "7 to 10 business days")]
    [TestCase("it takes 7-10 business days", "7-10 business days")]
    public void Num_Range_MatchesWhole(string text, string expected)
    {
        var set = RuleJson.Parse(RuleJson.Rule("process.days", "process", "{num} business days"));
        var hits = new List<PhraseRuleHit>();

        set.Match(text, hits);

        Assert.That(hits.Single().Text, Is.EqualTo(expected));
    }

    [TestCase("second")]
    [TestCase("seconds")]
    [TestCase("minute")]
    [TestCase("mins")]
    [TestCase("hours")]
    [TestCase("day")]
    [TestCase("weeks")]
    [TestCase("months")]
    public void TimeUnit_SingularAndPlural_Matches(string unit)
    {
        var set = RuleJson.Parse(RuleJson.Rule("x.wait", "process", "waited (?:a|two) {time_unit}"));
        var hits = new List<PhraseRuleHit>();

        set.Match($"i waited two {unit} already", hits);

        Assert.That(hits, Has.Count.EqualTo(1));
    }

    [Test]
    public void OrdinalWeekdayApos_BuiltIn_Match()
    {
        var set = RuleJson.Parse(
            RuleJson.Rule("a.nth", "agent", "the {ordinal} time"),
            RuleJson.Rule("p.since", "product", "down since {weekday}"),
            RuleJson.Rule("a.didnt", "agent", "didn{apos}t call"));
        var hits = new List<PhraseRuleHit>();

        set.Match("the 3rd time and the third time it's down since monday and they didn’t call and they didnt call", hits);

        Assert.That(hits.Select(h => h.Text), Is.EqualTo(new[]
        {
            "the 3rd time", "the third time", "down since monday", "didn’t call", "didnt call",
        }));
    }

    [Test]
    public void UserMacro_UsesBuiltInAndOtherMacro_Expands()
    {
        var json = RuleJson.FileWith(
            "\"macros\": {\"hold\": \"(?:on hold|holding)\", \"long_hold\": \"{hold} for {num} minutes\"}",
            RuleJson.Rule("ivr.hold", "ivr", "{long_hold}"));

        var set = PhraseRuleSet.Parse(json, RuleJson.RootCauses);
        var hits = new List<PhraseRuleHit>();
        set.Match("i was holding for forty minutes", hits);

        Assert.That(hits.Single().Text, Is.EqualTo("holding for forty minutes"));
    }

    [Test]
    public void Expand_QuantifierEscapedBraceAndCharacterClass_LeftAlone()
    {
        var set = RuleJson.Parse(
            RuleJson.Rule("a.q", "agent", "ca{2}ll"),
            RuleJson.Rule("a.esc", "agent", @"x\{num\}z"),
            RuleJson.Rule("a.cls", "agent", "y[{]num}z"));
        var hits = new List<PhraseRuleHit>();

        set.Match("caall x{num}z y{num}z", hits);

        Assert.That(hits.Select(h => h.RuleId), Is.EqualTo(new[] { "a.q", "a.esc", "a.cls" }));
    }

    [TestCase("\"macros\": {\"a\": \"x{b}\", \"b\": \"y{a}\"}", "refers to itself", TestName = "Parse_MacroCycle_Throws")]
    [TestCase("\"macros\": {\"a\": \"x{a}\"}", "Macro 'a' refers to itself", TestName = "Parse_MacroSelfReference_Throws")]
    [TestCase("\"macros\": {\"num\": \"[0-9]+\"}", "Macro 'num': built in", TestName = "Parse_RedefinedBuiltIn_Throws")]
    [TestCase("\"macros\": {\"Hold\": \"on hold\"}", "Macro 'Hold': a name is", TestName = "Parse_BadMacroName_Throws")]
    [TestCase("\"macros\": {\"a\": \"x{nope}\"}", "Macro 'a' uses unknown macro '{nope}'", TestName = "Parse_MacroUsesUnknown_Throws")]
    [TestCase("\"macros\": {\"a\": \"(x\"}", "Macro 'a': not a valid regex", TestName = "Parse_InvalidMacro_Throws")]
    [TestCase("\"macros\": {\"a\": \"\"}", "Macro 'a': the value must be a non-empty pattern string", TestName = "Parse_EmptyMacro_Throws")]
    public void Parse_BadMacros_Throws(string macros, string expected)
    {
        var json = RuleJson.FileWith(macros, RuleJson.Rule("ivr.hold", "ivr", "on hold"));

        var ex = Assert.Throws<PhraseRuleFormatException>(() => PhraseRuleSet.Parse(json, RuleJson.RootCauses));

        Assert.That(ex.Message, Does.Contain(expected));
    }

    [TestCase("num", true)]
    [TestCase("long_hold2", true)]
    [TestCase("Num", false)]
    [TestCase("2num", false)]
    [TestCase("", false)]
    [TestCase("a-b", false)]
    public void IsValidName_Cases(string name, bool expected)
    {
        Assert.That(PhraseRuleMacros.IsValidName(name), Is.EqualTo(expected));
    }
}
