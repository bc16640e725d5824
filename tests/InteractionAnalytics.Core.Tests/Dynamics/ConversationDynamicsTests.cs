using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Dynamics;

[Parallelizable(ParallelScope.All)]
public sealed class ConversationDynamicsTests
{
    private const double Tolerance = 1e-9;

    // Ivr 0–4, agent 6–10, customer 9–15 (talks over the agent 9–10), agent 15–18 (touches: no gap, no overlap),
    // customer 22–23 (after a 4 s silence), agent 25–30 (after a 2 s pause: below the 3 s threshold).
    private static readonly Turn[] Basic =
    [
        new(Speaker.Ivr, 0, 4, "welcome to acme"),
        new(Speaker.Agent, 6, 10, "hi thanks for calling"),
        new(Speaker.Customer, 9, 15, "hi i was charged twice"),
        new(Speaker.Agent, 15, 18, "let me look"),
        new(Speaker.Customer, 22, 23, "okay"),
        new(Speaker.Agent, 25, 30, "i've reversed it"),
    ];

    [Test]
    public void Compute_BasicConversation_EveryMetricAsComputedByHand()
    {
        var result = ConversationDynamics.Compute(Basic);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Computed));
            Assert.That(result.IsComputed, Is.True);
            Assert.That(result.UntimedReason, Is.Null);
            Assert.That(result.IgnoredUntimedTurns, Is.Zero);
            Assert.That(result.ConversationSeconds, Is.EqualTo(30).Within(Tolerance));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(12).Within(Tolerance)); // 4 + 3 + 5
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(7).Within(Tolerance)); // 6 + 1
            Assert.That(result.AgentTalkShare, Is.EqualTo(12.0 / 19).Within(Tolerance));
            Assert.That(result.HoldSeconds, Is.Zero);
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(18, 22) }));
            Assert.That(result.SilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(4).Within(Tolerance));
            Assert.That(result.SilenceShare, Is.EqualTo(4.0 / 30).Within(Tolerance));
            Assert.That(result.TalkOvers, Is.EqualTo(new[] { new SecondsInterval(9, 10) }));
            Assert.That(result.TalkOverCount, Is.EqualTo(1));
            Assert.That(result.TalkOverSeconds, Is.EqualTo(1).Within(Tolerance));
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(6).Within(Tolerance));
        }
    }

    [Test]
    public void Compute_TurnsOutOfOrder_SameMetricsAsInOrder()
    {
        var sorted = ConversationDynamics.Compute(Basic);
        var shuffled = ConversationDynamics.Compute([Basic[5], Basic[2], Basic[0], Basic[4], Basic[1], Basic[3]]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shuffled with { Silences = [], TalkOvers = [] }, Is.EqualTo(sorted with { Silences = [], TalkOvers = [] }));
            Assert.That(shuffled.Silences, Is.EqualTo(sorted.Silences));
            Assert.That(shuffled.TalkOvers, Is.EqualTo(sorted.TalkOvers));
            Assert.That(shuffled.FirstAgentAnswerSeconds, Is.EqualTo(6));
        }
    }

    [Test]
    public void Compute_HigherThreshold_FourSecondGapIsNoSilence()
    {
        var result = ConversationDynamics.Compute(Basic, new DynamicsOptions { SilenceThresholdSeconds = 5 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.SilenceCount, Is.Zero);
            Assert.That(result.SilenceSeconds, Is.Zero);
            Assert.That(result.LongestSilenceSeconds, Is.Zero);
            Assert.That(result.SilenceShare, Is.Zero);
            Assert.That(result.Silences, Is.Empty);
        }
    }

    [Test]
    public void Compute_GapOfExactlyThreshold_CountsDespiteDecimalRounding()
    {
        // 10.1 - 7.1 is 2.9999999999999996 in binary floating point; the 1 µs tolerance makes it the 3 s it is.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 7.1, "let me check"),
            new(Speaker.Customer, 10.1, 12, "okay"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.SilenceSeconds, Is.EqualTo(3).Within(1e-9));
        }
    }

    [Test]
    public void Compute_GapJustBelowThreshold_IsNoSilence()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 7.1, "let me check"),
            new(Speaker.Customer, 10.09, 12, "okay"),
        ]);

        Assert.That(result.SilenceCount, Is.Zero);
    }

    [Test]
    public void Compute_TurnsTouching_NoSilenceAndNoTalkOver()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 5, "hello"),
            new(Speaker.Customer, 5, 10, "hi"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ConversationSeconds, Is.EqualTo(10));
            Assert.That(result.SilenceCount, Is.Zero);
            Assert.That(result.TalkOverCount, Is.Zero);
            Assert.That(result.TalkOverSeconds, Is.Zero);
            Assert.That(result.AgentTalkShare, Is.EqualTo(0.5));
        }
    }

    [Test]
    public void Compute_OwnTurnsOverlap_TalkCountedOnce()
    {
        // Agent 0–10 and 5–12 cover 12 s, not 17; the gap 12–20 is an 8 s silence.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 10, "first"),
            new(Speaker.Agent, 5, 12, "second"),
            new(Speaker.Customer, 20, 22, "third"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(12));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(2));
            Assert.That(result.AgentTalkShare, Is.EqualTo(12.0 / 14).Within(Tolerance));
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(12, 20) }));
            Assert.That(result.ConversationSeconds, Is.EqualTo(22));
            Assert.That(result.SilenceShare, Is.EqualTo(8.0 / 22).Within(Tolerance));
            Assert.That(result.TalkOverCount, Is.Zero);
        }
    }

    [Test]
    public void Compute_OverlappingOverlaps_MergeIntoOneEpisode()
    {
        // Agent 0–5 and 5–10 touch (one stretch 0–10); customer 2–4 and 3–6 overlap (one stretch 2–6), then 8–12.
        // Talk-over: 2–6 (one episode, though it spans three turns) and 8–10.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 5, "a"),
            new(Speaker.Agent, 5, 10, "b"),
            new(Speaker.Customer, 2, 4, "c"),
            new(Speaker.Customer, 3, 6, "d"),
            new(Speaker.Customer, 8, 12, "e"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.TalkOvers, Is.EqualTo(new[] { new SecondsInterval(2, 6), new SecondsInterval(8, 10) }));
            Assert.That(result.TalkOverCount, Is.EqualTo(2));
            Assert.That(result.TalkOverSeconds, Is.EqualTo(6));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(10));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(8)); // 2–6 and 8–12
        }
    }

    [Test]
    public void Compute_HoldDeclaredBySystemTurn_IsNotSilence()
    {
        // Without the hold, 10–62 would be a 52 s silence; with it, only 2 s pauses remain on either side.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 10, "let me check on that"),
            new(Speaker.System, 12, 60, "[on hold]"),
            new(Speaker.Agent, 62, 70, "thanks for holding"),
            new(Speaker.Customer, 70, 75, "sure"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HoldSeconds, Is.EqualTo(48));
            Assert.That(result.SilenceCount, Is.Zero);
            Assert.That(result.SilenceSeconds, Is.Zero);
            Assert.That(result.ConversationSeconds, Is.EqualTo(75));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(18));
        }
    }

    [Test]
    public void Compute_SystemTurnWithoutHold_GapIsSilence()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 10, "one moment"),
            new(Speaker.System, 12, 60, "Recording paused"),
            new(Speaker.Agent, 62, 70, "okay"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HoldSeconds, Is.Zero);
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(10, 62) }));
        }
    }

    [Test]
    public void Compute_HoldInsideGap_EachRemainingPartJudgedOnItsOwn()
    {
        // Gap 10–42 with hold 15–40: the 5 s before the hold is a silence, the 2 s after it is not. (Judging the whole
        // gap and subtracting the hold would give one 7 s silence that nobody heard as one.)
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 10, "let me check"),
            new(Speaker.System, 15, 40, "Hold started"),
            new(Speaker.Agent, 42, 50, "i'm back"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(10, 15) }));
            Assert.That(result.SilenceSeconds, Is.EqualTo(5));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(5));
            Assert.That(result.HoldSeconds, Is.EqualTo(25));
            Assert.That(result.SilenceShare, Is.EqualTo(0.1).Within(Tolerance));
        }
    }

    [Test]
    public void Compute_CallerDeclaredHolds_ActLikeHoldTurnsAndAreClippedToTheConversation()
    {
        // Hold 15–40 as in the test above; hold 45–100 overlaps the last turn and runs past the end: only 45–50 counts.
        var result = ConversationDynamics.Compute(
            [new(Speaker.Agent, 0, 10, "let me check"), new(Speaker.Agent, 42, 50, "i'm back")],
            declaredHolds: [new SecondsInterval(15, 40), new SecondsInterval(45, 100)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(10, 15) }));
            Assert.That(result.HoldSeconds, Is.EqualTo(30));
            Assert.That(result.ConversationSeconds, Is.EqualTo(50));
        }
    }

    [Test]
    public void Compute_ZeroLengthHoldMarker_DeclaresNoHoldAndDoesNotSplitASilence()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 10, "let me check"),
            new(Speaker.System, 20, 20, "Hold started"),
            new(Speaker.Agent, 30, 35, "i'm back"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.HoldSeconds, Is.Zero);
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(10, 30) }));
        }
    }

    [Test]
    public void Compute_LeadingQuietAfterASystemTurn_IsSilence()
    {
        // The conversation starts with the first turn of any speaker, here a system notice at 0.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.System, 0, 1, "call connected"),
            new(Speaker.Agent, 5, 8, "thanks for calling"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ConversationSeconds, Is.EqualTo(8));
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(0, 5) }));
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(5));
        }
    }

    [Test]
    public void Compute_OnlyCustomer_AgentShareZeroAndNoFirstAnswer()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Customer, 0, 5, "hello"),
            new(Speaker.Customer, 10, 12, "hello?"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Computed));
            Assert.That(result.AgentTalkSeconds, Is.Zero);
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(7));
            Assert.That(result.AgentTalkShare, Is.Zero);
            Assert.That(result.FirstAgentAnswerSeconds, Is.Null);
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(5, 10) }));
            Assert.That(result.TalkOverCount, Is.Zero);
        }
    }

    [Test]
    public void Compute_OnlyIvr_NoTalkShare()
    {
        var result = ConversationDynamics.Compute([new(Speaker.Ivr, 0, 20, "please hold for the next available agent")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Computed));
            Assert.That(result.AgentTalkShare, Is.Null);
            Assert.That(result.ConversationSeconds, Is.EqualTo(20));
            Assert.That(result.SilenceCount, Is.Zero);
            Assert.That(result.HoldSeconds, Is.Zero, "only System turns declare hold");
        }
    }

    [Test]
    public void Compute_ZeroLengthTurns_NoTalkButBreakSilenceAndNoTalkOver()
    {
        // Customer at 5–5 splits the quiet 2–8 into two 3 s silences; inside the agent's 10–20 it makes no talk-over.
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 2, "hello"),
            new(Speaker.Customer, 5, 5, "hm"),
            new(Speaker.Agent, 8, 20, "so"),
            new(Speaker.Customer, 15, 15, "ok"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.CustomerTalkSeconds, Is.Zero);
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(14));
            Assert.That(result.AgentTalkShare, Is.EqualTo(1));
            Assert.That(result.Silences, Is.EqualTo(new[] { new SecondsInterval(2, 5), new SecondsInterval(5, 8) }));
            Assert.That(result.SilenceSeconds, Is.EqualTo(6));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(3));
            Assert.That(result.TalkOverCount, Is.Zero);
        }
    }

    [Test]
    public void Compute_SingleZeroLengthTurn_ZeroSecondsAndNullShares()
    {
        var result = ConversationDynamics.Compute([new(Speaker.Agent, 3, 3, "hello")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Computed));
            Assert.That(result.ConversationSeconds, Is.Zero);
            Assert.That(result.AgentTalkShare, Is.Null);
            Assert.That(result.SilenceShare, Is.Null);
            Assert.That(result.SilenceCount, Is.Zero);
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(3));
        }
    }

    [Test]
    public void Compute_NoTurns_NoTurnsAndNullMetrics()
    {
        var result = ConversationDynamics.Compute([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.NoTurns));
            Assert.That(result.IsComputed, Is.False);
            Assert.That(result.UntimedReason, Is.EqualTo("the transcript has no turns"));
            AssertNoMetrics(result);
        }
    }

    [Test]
    public void Compute_CustomerTurnWithoutEnd_UntimedWithReason()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Agent, 0, 5, "hello"),
            new(Speaker.Customer, 6, null, "hi"),
            new(Speaker.Agent, null, null, "how can i help"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Untimed));
            Assert.That(result.UntimedReason, Is.EqualTo("2 of 3 agent/customer turns are untimed; the first is turn 2 (customer): no end time"));
            AssertNoMetrics(result);
        }
    }

    [TestCase(5.0, 4.0, "the end is before the start")]
    [TestCase(-1.0, 4.0, "the start is negative")]
    [TestCase(double.NaN, 4.0, "a time is not a finite number")]
    public void Compute_AgentTurnWithInvalidTimes_Untimed(double start, double end, string problem)
    {
        var result = ConversationDynamics.Compute([new(Speaker.Agent, start, end, "hello")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Untimed));
            Assert.That(result.UntimedReason, Does.EndWith("turn 1 (agent): " + problem));
        }
    }

    [Test]
    public void Compute_UntimedIvrAndSystemTurns_IgnoredAndCounted()
    {
        var result = ConversationDynamics.Compute(
        [
            new(Speaker.Ivr, null, null, "welcome"),
            new(Speaker.Agent, 0, 4, "hello"),
            new(Speaker.System, null, null, "[on hold]"),
            new(Speaker.Customer, 4, 6, "hi"),
        ]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Computed));
            Assert.That(result.IgnoredUntimedTurns, Is.EqualTo(2));
            Assert.That(result.ConversationSeconds, Is.EqualTo(6));
            Assert.That(result.HoldSeconds, Is.Zero);
        }
    }

    [Test]
    public void Compute_NoTimedTurnAtAll_Untimed()
    {
        var result = ConversationDynamics.Compute([new(Speaker.Ivr, null, null, "welcome")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(DynamicsStatus.Untimed));
            Assert.That(result.UntimedReason, Is.EqualTo("none of the 1 turns is timed"));
            AssertNoMetrics(result);
        }
    }

    [TestCase(0.0)]
    [TestCase(-3.0)]
    [TestCase(double.PositiveInfinity)]
    public void Compute_ThresholdOutOfRange_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ConversationDynamics.Compute(Basic, new DynamicsOptions { SilenceThresholdSeconds = threshold }));
    }

    [Test]
    public void Compute_DeclaredHoldEndingBeforeItStarts_Throws()
    {
        var error = Assert.Throws<ArgumentException>(
            () => ConversationDynamics.Compute(Basic, declaredHolds: [new SecondsInterval(10, 5)]));

        Assert.That(error!.ParamName, Is.EqualTo("declaredHolds"));
    }

    [TestCase("[on hold]", true)]
    [TestCase("Hold started", true)]
    [TestCase("customer placed on HOLD", true)]
    [TestCase("holding", true)]
    [TestCase("on-hold music", true)]
    [TestCase("threshold reached", false)]
    [TestCase("household account", false)]
    [TestCase("call transferred", false)]
    [TestCase("", false)]
    public void MentionsHold_Text_TrueOnlyForHoldAtAWordStart(string text, bool expected)
    {
        Assert.That(ConversationDynamics.MentionsHold(text), Is.EqualTo(expected));
    }

    private static void AssertNoMetrics(DynamicsResult result)
    {
        Assert.That(
            new object?[]
            {
                result.ConversationSeconds, result.AgentTalkSeconds, result.CustomerTalkSeconds, result.AgentTalkShare,
                result.HoldSeconds, result.SilenceSeconds, result.SilenceCount, result.LongestSilenceSeconds,
                result.SilenceShare, result.TalkOverCount, result.TalkOverSeconds, result.FirstAgentAnswerSeconds,
            },
            Has.All.Null);
        Assert.That(result.Silences, Is.Empty);
        Assert.That(result.TalkOvers, Is.Empty);
    }
}
