using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Classification.Rules;

[Parallelizable(ParallelScope.All)]
public sealed class PhraseRuleSetMatchTests
{
    private static PhraseRuleSet CreateSut() => RuleJson.Parse(
        RuleJson.Rule("billing.twice", "billing", "charged twice", 2.5),
        RuleJson.Rule("ivr.hold", "ivr", "on hold for {num} {time_unit}", 2, "\"speakers\": [\"customer\"]"),
        RuleJson.Rule("process.transfer", "process", "transfer you to (?:the )?[a-z]+ department", 1.25, "\"speakers\": [\"agent\"]"));

    [Test]
    public void Match_Turns_HitsCarryRuleTurnAndExactOffsets()
    {
        var sut = CreateSut();
        List<Turn> turns =
        [
            new(Speaker.Agent, 0, 3, "Thanks for calling, how can I help?"),
            new(Speaker.Customer, 3, 9, "Hi. I was CHARGED TWICE, and I was on hold for forty five minutes!"),
            new(Speaker.Agent, 9, 12, "Sorry, let me transfer you to the billing department."),
        ];
        var hits = new List<PhraseRuleHit>();

        sut.Match(turns, hits);

        Assert.That(hits, Is.EqualTo(new[]
        {
            new PhraseRuleHit("billing.twice", "billing", 2.5, 1, 10, 23, "CHARGED TWICE"),
            new PhraseRuleHit("ivr.hold", "ivr", 2, 1, 35, 65, "on hold for forty five minutes"),
            new PhraseRuleHit("process.transfer", "process", 1.25, 2, 14, 52, "transfer you to the billing department"),
        }));
        foreach (var hit in hits)
        {
            Assert.That(turns[hit.TurnIndex].Text[hit.Start..hit.End], Is.EqualTo(hit.Text));
            Assert.That(hit.Length, Is.EqualTo(hit.Text.Length));
        }
    }

    [Test]
    public void Match_SpeakerFilter_RuleOnlyOnItsSpeakers()
    {
        var sut = CreateSut();
        List<Turn> turns =
        [
            new(Speaker.Agent, null, null, "you were on hold for an hour"),
            new(Speaker.Customer, null, null, "can you transfer you to the billing department"),
            new(Speaker.Ivr, null, null, "charged twice"),
        ];
        var hits = new List<PhraseRuleHit>();

        sut.Match(turns, hits);

        Assert.That(hits.Select(h => (h.RuleId, h.TurnIndex)), Is.EqualTo(new[] { ("billing.twice", 2) }));
    }

    [Test]
    public void Match_PlainText_IsCustomerTurnZero()
    {
        var sut = CreateSut();
        var hits = new List<PhraseRuleHit>();

        sut.Match("let me transfer you to the billing department i was on hold for an hour", hits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hits.Select(h => h.RuleId), Is.EqualTo(new[] { "ivr.hold" }));
            Assert.That(hits[0].TurnIndex, Is.Zero);
        }
    }

    [Test]
    public void Match_WordBoundaries_Respected()
    {
        var sut = RuleJson.Parse(RuleJson.Rule("process.fax", "process", "fax"));
        var hits = new List<PhraseRuleHit>();

        sut.Match("fairfax faxes fax-machine by fax.", hits);

        Assert.That(hits.Select(h => h.Start), Is.EqualTo(new[] { 14, 29 }));
    }

    [Test]
    public void Match_SeveralRulesInOneTurn_OrderedByStartThenEndThenId()
    {
        var sut = RuleJson.Parse(
            RuleJson.Rule("z.late", "billing", "late fee"),
            RuleJson.Rule("b.twice", "billing", "charged twice"),
            RuleJson.Rule("a.twice", "billing", "charged"));
        var hits = new List<PhraseRuleHit>();

        sut.Match("a late fee and i was charged twice and charged twice", hits);

        Assert.That(hits.Select(h => (h.RuleId, h.Start)), Is.EqualTo(new[]
        {
            ("z.late", 2), ("a.twice", 21), ("b.twice", 21), ("a.twice", 39), ("b.twice", 39),
        }));
    }

    [Test]
    public void Match_ExistingHits_Appends()
    {
        var sut = CreateSut();
        var earlier = new PhraseRuleHit("x", "agent", 1, 7, 0, 1, "x");
        var hits = new List<PhraseRuleHit> { earlier };

        sut.Match("charged twice", hits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hits, Has.Count.EqualTo(2));
            Assert.That(hits[0], Is.EqualTo(earlier));
        }
    }

    [Test]
    public void Match_EmptyTextOrNoTurns_NoHits()
    {
        var sut = CreateSut();
        var hits = new List<PhraseRuleHit>();

        sut.Match(string.Empty, hits);
        sut.Match([], hits);
        sut.Match([new Turn(Speaker.Customer, null, null, string.Empty)], hits);

        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void Match_HostileInput_Linear()
    {
        var sut = RuleJson.Parse(RuleJson.Rule("ivr.hold", "ivr", "(?:on hold|holding) (?:for )?(?:(?:like|about) )*{num} {time_unit}"));
        var text = string.Concat(Enumerable.Repeat("on hold for like like like about ", 20_000));
        var hits = new List<PhraseRuleHit>();

        sut.Match(text, hits);

        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void Match_NullArguments_Throw()
    {
        var sut = CreateSut();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => sut.Match((string)null!, []), Throws.ArgumentNullException);
            Assert.That(() => sut.Match("x", null!), Throws.ArgumentNullException);
            Assert.That(() => sut.Match((IReadOnlyList<Turn>)null!, []), Throws.ArgumentNullException);
        }
    }
}
