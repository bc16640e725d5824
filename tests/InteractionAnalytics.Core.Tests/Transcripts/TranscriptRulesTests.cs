using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Transcripts;

public sealed class TranscriptRulesTests
{
    [Test]
    public void Check_ValidTranscript_NoProblems()
    {
        var transcript = new Transcript("C1", "en", [new Turn(Speaker.Agent, 0, 2.5, "Hello"), new Turn(Speaker.Customer, null, null, "Hi")]);

        Assert.That(TranscriptRules.Check(transcript), Is.Empty);
    }

    [Test]
    public void Check_EndBeforeStartAndNegativeStart_ReportsEachTurn()
    {
        var transcript = new Transcript("C1", null, [new Turn(Speaker.Agent, 5, 4, "a"), new Turn(Speaker.Customer, -1, 2, "b")]);

        var problems = TranscriptRules.Check(transcript);

        Assert.That(problems, Is.EqualTo(new[] { "turn 1: end 4 is before start 5", "turn 2: start -1 is negative or not a number" }));
    }

    [Test]
    public void Check_TimesGoBackwards_Rejected()
    {
        // Turn 3 starts at 4 s, before turn 2 at 6 s. Untimed turn 4 is skipped; turn 5 is compared with the previous timed
        // turn (turn 3 at 4 s), so it is in order.
        var transcript = new Transcript("C1", null,
        [
            new Turn(Speaker.Agent, 0, 7, "a"),
            new Turn(Speaker.Customer, 6, 8, "b overlapping a is fine"),
            new Turn(Speaker.Agent, 4, 5, "c"),
            new Turn(Speaker.Customer, null, null, "d"),
            new Turn(Speaker.Agent, 5.9995, 9, "e"),
        ]);

        Assert.That(TranscriptRules.Check(transcript), Is.EqualTo(new[] { "times go backwards: turn 3 starts at 4 s, before turn 2 at 6 s" }));
    }

    [Test]
    public void Check_StartWithinOneMillisecondBefore_InOrder()
    {
        var transcript = new Transcript("C1", null, [new Turn(Speaker.Agent, 2.0, 3, "a"), new Turn(Speaker.Customer, 1.9995, 3, "b")]);
        Assert.That(TranscriptRules.Check(transcript), Is.Empty);
    }

    [Test]
    public void Check_NoTurns_Rejected()
    {
        Assert.That(TranscriptRules.Check(new Transcript("C1", null, [])), Is.EqualTo(new[] { "transcript has no turns" }));
    }

    [TestCase("Agent", Speaker.Agent)]
    [TestCase(" customer ", Speaker.Customer)]
    [TestCase("IVR", Speaker.Ivr)]
    [TestCase("system", Speaker.System)]
    public void SpeakerNames_TryParse_IgnoresCaseAndSpace(string name, Speaker expected)
    {
        Assert.That(SpeakerNames.TryParse(name, out var speaker), Is.True);
        Assert.That(speaker, Is.EqualTo(expected));
    }
}
