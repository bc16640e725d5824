using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Qa;

/// <summary>The windows and evidence of <see cref="QaAutoAnswerer"/> with one small cue rule per item.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class QaAutoAnswererTests
{
    private const string Cues = """
        {
          "version": 1,
          "rules": [
            { "id": "g", "root_cause": "greeting", "pattern": "hello", "weight": 1 },
            { "id": "i", "root_cause": "identity_verification", "pattern": "date of birth", "weight": 1 },
            { "id": "e", "root_cause": "empathy", "pattern": "sorry", "weight": 1 },
            { "id": "r", "root_cause": "recap", "pattern": "to recap", "weight": 1 },
            { "id": "c", "root_cause": "closing", "pattern": "goodbye", "weight": 1 }
          ]
        }
        """;

    private static readonly QaAutoAnswerer Answerer = QaAutoAnswerer.Parse(Cues);

    private static Turn Agent(string text) => new(Speaker.Agent, null, null, text);

    private static Turn Customer(string text) => new(Speaker.Customer, null, null, text);

    [Test]
    public void Answer_NoTranscript_NothingAnswered() =>
        Assert.That(Answerer.Answer([]), Is.Empty);

    [Test]
    public void Answer_EveryItemFound_EvidenceWithTurnAndOffsets()
    {
        Turn[] turns =
        [
            Customer("hi there"),
            Agent("Hello, thanks for calling"),
            Customer("my card is blocked"),
            Agent("I'm sorry. What is your date of birth?"),
            Agent("To recap: unblocked."),
            Agent("Goodbye!"),
        ];
        var results = Answerer.Answer(turns);
        Assert.Multiple(() =>
        {
            Assert.That(results[QaAutoKind.Greeting].Evidence, Is.EqualTo(new QaEvidence("g", 1, 0, 5, "Hello")));
            Assert.That(results[QaAutoKind.Empathy].Evidence, Is.EqualTo(new QaEvidence("e", 3, 4, 9, "sorry")));
            Assert.That(results[QaAutoKind.IdentityVerification].Evidence, Is.EqualTo(new QaEvidence("i", 3, 24, 37, "date of birth")));
            Assert.That(results[QaAutoKind.Recap].Evidence, Is.EqualTo(new QaEvidence("r", 4, 0, 8, "To recap")));
            Assert.That(results[QaAutoKind.Closing].Evidence, Is.EqualTo(new QaEvidence("c", 5, 0, 7, "Goodbye")));
            Assert.That(results.Values.Select(r => r.Answer), Is.All.EqualTo(QaAnswer.Yes));
        });
    }

    [Test]
    public void Answer_NothingFound_NoWithoutEvidence()
    {
        var results = Answerer.Answer([Agent("yes"), Customer("hello, sorry, goodbye, to recap, my date of birth")]);
        Assert.That(results.Keys, Is.EquivalentTo(QaAutoKinds.All.Select(a => a.Kind)));
        Assert.That(results.Values, Has.All.Matches<QaAutoResult>(r => r!.Evidence is null && r.Answer == QaAnswer.No));
    }

    [Test]
    public void Answer_GreetingInThirdAgentTurn_OutsideWindow()
    {
        // Customer turns do not count towards the window: the greeting is in the agent's 3rd turn.
        var late = Answerer.Answer([Agent("one moment"), Customer("ok"), Agent("still here"), Agent("hello")]);
        var second = Answerer.Answer([Customer("x"), Customer("y"), Agent("one moment"), Customer("ok"), Agent("hello")]);
        Assert.That(late[QaAutoKind.Greeting].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(second[QaAutoKind.Greeting].Evidence!.TurnIndex, Is.EqualTo(4));
    }

    [Test]
    public void Answer_ClosingBeforeLastTwoAgentTurns_OutsideWindow()
    {
        var early = Answerer.Answer([Agent("goodbye"), Agent("a"), Customer("wait"), Agent("b")]);
        var inWindow = Answerer.Answer([Agent("a"), Agent("goodbye"), Customer("bye"), Agent("b")]);
        Assert.That(early[QaAutoKind.Closing].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(inWindow[QaAutoKind.Closing].Answer, Is.EqualTo(QaAnswer.Yes));
    }

    [Test]
    public void Answer_RecapInLastFourAgentTurns_Only()
    {
        var early = Answerer.Answer([Agent("to recap"), Agent("a"), Agent("b"), Agent("c"), Agent("d")]);
        var inWindow = Answerer.Answer([Agent("x"), Agent("to recap"), Agent("b"), Agent("c"), Agent("d")]);
        Assert.That(early[QaAutoKind.Recap].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(inWindow[QaAutoKind.Recap].Evidence!.TurnIndex, Is.EqualTo(1));
    }

    [Test]
    public void Answer_IdentityAndEmpathy_AnyAgentTurn()
    {
        var turns = new List<Turn> { Agent("sorry about that") };
        turns.AddRange(Enumerable.Range(0, 20).Select(i => Agent("turn " + i)));
        turns.Add(Agent("and your date of birth"));
        var results = Answerer.Answer(turns);
        Assert.That(results[QaAutoKind.Empathy].Evidence!.TurnIndex, Is.EqualTo(0));
        Assert.That(results[QaAutoKind.IdentityVerification].Evidence!.TurnIndex, Is.EqualTo(21));
    }

    [Test]
    public void Answer_NegatedPhrase_NotCounted()
    {
        var results = Answerer.Answer([Agent("I am not sorry"), Agent("we never say goodbye")]);
        Assert.That(results[QaAutoKind.Empathy].Answer, Is.EqualTo(QaAnswer.No));
        Assert.That(results[QaAutoKind.Closing].Answer, Is.EqualTo(QaAnswer.No));
    }

    [Test]
    public void Parse_RuleForUnknownItem_Rejected()
    {
        var ex = Assert.Throws<InteractionAnalytics.Core.Classification.Rules.PhraseRuleFormatException>(() => QaAutoAnswerer.Parse(
            """{"version":1,"rules":[{"id":"x","root_cause":"smile","pattern":"smile","weight":1}]}"""));
        Assert.That(ex!.Message, Does.Contain("smile"));
    }
}
