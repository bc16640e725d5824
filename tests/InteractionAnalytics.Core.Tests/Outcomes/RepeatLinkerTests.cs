using InteractionAnalytics.Core.Outcomes;

namespace InteractionAnalytics.Core.Tests.Outcomes;

public sealed class RepeatLinkerTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FarHorizon = Day0.AddDays(90);
    private static readonly RepeatLinkingOptions SevenDays = new();

    /// <summary>A handled inbound contact of 10 minutes (handle 600 s) starting at <paramref name="start"/>.</summary>
    private static LinkableContact Call(string id, DateTimeOffset start, string? customer = "K1", string? intent = null, double handle = 600) =>
        new(id, customer, start, start.AddMinutes(10), Handled: true, handle, intent);

    private static Dictionary<string, ContactOutcome> Link(DateTimeOffset horizon, RepeatLinkingOptions options, params LinkableContact[] contacts) =>
        RepeatLinker.Link(contacts, horizon, options).ToDictionary(o => o.CallId);

    [Test]
    public void Link_RepeatExactlyAtTheWindow_IsARepeatBecauseTheWindowIsInclusive()
    {
        var first = Call("C1", Day0);
        var atWindow = Call("C2", first.EndedAt + TimeSpan.FromDays(7));
        var outcomes = Link(FarHorizon, SevenDays, first, atWindow);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(outcomes["C1"].NextCallId, Is.EqualTo("C2"));
            Assert.That(outcomes["C1"].SecondsToNext, Is.EqualTo(7 * 86_400));
            Assert.That(outcomes["C2"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
        }
    }

    [Test]
    public void Link_NextContactOneSecondAfterTheWindow_LeavesTheFirstResolved()
    {
        var first = Call("C1", Day0);
        var late = Call("C2", first.EndedAt + TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var outcomes = Link(FarHorizon, SevenDays, first, late);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
            Assert.That(outcomes["C1"].NextCallId, Is.Null);
            Assert.That(outcomes["C2"].ChainId, Is.EqualTo("C2"), "beyond the window the next contact starts a chain of its own");
            Assert.That(outcomes["C2"].ChainPosition, Is.EqualTo(1));
        }
    }

    [Test]
    public void Link_ChainOfThree_LinksEachToTheNextAndEndsResolved()
    {
        // C1, then C2 two days later, then C3 three days after C2, then nothing: one chain C1 → C2 → C3.
        var outcomes = Link(FarHorizon, SevenDays, Call("C3", Day0.AddDays(5)), Call("C1", Day0), Call("C2", Day0.AddDays(2)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Values.Select(o => (o.CallId, o.Outcome, o.NextCallId, o.ChainId, o.ChainPosition)), Is.EqualTo(new[]
            {
                ("C1", RepeatOutcome.Repeated, (string?)"C2", (string?)"C1", (int?)1),
                ("C2", RepeatOutcome.Repeated, "C3", "C1", 2),
                ("C3", RepeatOutcome.ResolvedFirstContact, null, "C1", 3),
            }));
        }
    }

    [Test]
    public void Link_AcrossMidnightAndTimeZones_MeasuresTheWindowInAbsoluteTime()
    {
        // C1 ends at 23:40 −05:00 on 17 November (04:40 UTC on the 18th); C2 starts at 05:40 +01:00 on 25 November
        // (04:40 UTC): exactly seven days later although the local dates differ by eight.
        var start = new DateTimeOffset(2026, 11, 17, 23, 30, 0, TimeSpan.FromHours(-5));
        var first = Call("C1", start);
        var second = Call("C2", new DateTimeOffset(2026, 11, 25, 5, 40, 0, TimeSpan.FromHours(1)));
        var outcomes = Link(FarHorizon, SevenDays, first, second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(outcomes["C1"].SecondsToNext, Is.EqualTo(7 * 86_400));
        }
    }

    [Test]
    public void Link_AbandonedContacts_AreNeitherFirstContactsNorRepeats()
    {
        var handled = Call("C1", Day0);
        var abandonedCallback = new LinkableContact("A2", "K1", Day0.AddDays(1), Day0.AddDays(1).AddMinutes(2), Handled: false, 0);
        var abandonedFirst = new LinkableContact("A3", "K2", Day0, Day0.AddMinutes(1), Handled: false, 0);
        var handledAfterAbandon = Call("C4", Day0.AddHours(1), customer: "K2");
        var outcomes = Link(FarHorizon, SevenDays, handled, abandonedCallback, abandonedFirst, handledAfterAbandon);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
            Assert.That(outcomes["A2"].Outcome, Is.EqualTo(RepeatOutcome.NotApplicable));
            Assert.That(outcomes["A3"].Outcome, Is.EqualTo(RepeatOutcome.NotApplicable));
            Assert.That(outcomes["A3"].ChainId, Is.Null);
            Assert.That(outcomes["C4"].ChainId, Is.EqualTo("C4"));
            Assert.That(outcomes["C4"].ChainPosition, Is.EqualTo(1));
        }
    }

    [Test]
    public void Link_OutboundCallbackTheCenterHadToMake_IsARepeat()
    {
        var inbound = Call("C1", Day0);
        var callback = Call("O2", Day0.AddDays(1)) with { CallId = "O2" };
        var outcomes = Link(FarHorizon, SevenDays, inbound, callback);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(outcomes["C1"].NextCallId, Is.EqualTo("O2"));
            Assert.That(outcomes["O2"].ChainPosition, Is.EqualTo(2));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Link_MissingCustomerKey_IsUnlinkableAndLinksToNothing(string? key)
    {
        var anonymous = Call("C1", Day0, customer: key);
        var other = Call("C2", Day0.AddHours(1), customer: "K9");
        var outcomes = Link(FarHorizon, SevenDays, anonymous, other);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.Unlinkable));
            Assert.That(outcomes["C1"].ChainId, Is.Null);
            Assert.That(outcomes["C2"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
            Assert.That(outcomes["C2"].ChainPosition, Is.EqualTo(1));
        }
    }

    [Test]
    public void Link_HorizonBeforeOrAtTheWindowEnd_IsPendingAndAfterItFinal()
    {
        var contact = Call("C1", Day0);
        var windowEnd = contact.EndedAt + TimeSpan.FromDays(7);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Link(windowEnd.AddHours(-1), SevenDays, contact)["C1"].Outcome, Is.EqualTo(RepeatOutcome.Pending));
            Assert.That(Link(windowEnd, SevenDays, contact)["C1"].Outcome, Is.EqualTo(RepeatOutcome.Pending));
            Assert.That(Link(windowEnd.AddSeconds(1), SevenDays, contact)["C1"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
        }
    }

    [Test]
    public void Link_SecondNightlyRun_FinalisesTheFirstRunsPendingContacts()
    {
        // Night 1 holds C1 and C2 (different customers); both are pending. Night 2, eight days later, brings a repeat of
        // C1 within its window: C1 becomes repeated, C2 (no repeat, window now elapsed) resolved.
        var c1 = Call("C1", Day0);
        var c2 = Call("C2", Day0.AddHours(2), customer: "K2");
        var night1 = Link(Day0.AddHours(2), SevenDays, c1, c2);
        var repeat = Call("C3", Day0.AddDays(6));
        var later = Call("C4", Day0.AddDays(8), customer: "K3");
        var night2 = Link(later.StartedAt, SevenDays, c1, c2, repeat, later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(night1.Values.Select(o => o.Outcome), Is.All.EqualTo(RepeatOutcome.Pending));
            Assert.That(night2["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(night2["C2"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
            Assert.That(night2["C3"].Outcome, Is.EqualTo(RepeatOutcome.Pending), "C3's own window runs to day 13");
            Assert.That(night2["C3"].ChainPosition, Is.EqualTo(2));
        }
    }

    [Test]
    public void Link_RepeatBeforeTheWindowHasElapsed_IsRepeatedButNotYetInTheFcrCohort()
    {
        // A repeat is known as soon as it arrives; a resolution only after the window. Counting early repeats in the FCR
        // rate would bias recent days down, so the outcome says whether the window has elapsed.
        var first = Call("C1", Day0);
        var repeat = Call("C2", Day0.AddDays(1));
        var early = Link(Day0.AddDays(2), SevenDays, first, repeat);
        var late = Link(Day0.AddDays(8), SevenDays, first, repeat);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(early["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(early["C1"].WindowElapsed, Is.False);
            Assert.That(late["C1"].WindowElapsed, Is.True);
            Assert.That(late["C2"].WindowElapsed, Is.False, "C2's own window runs to day 8 plus 10 minutes");
        }
    }

    [Test]
    public void Link_SameIntent_SkipsContactsOfAnotherIntent()
    {
        var options = new RepeatLinkingOptions { SameIntent = true };
        var outcomes = Link(
            FarHorizon,
            options,
            Call("C1", Day0, intent: "billing_dispute"),
            Call("C2", Day0.AddDays(1), intent: "technical_support"),
            Call("C3", Day0.AddDays(2), intent: "billing_dispute"),
            Call("C4", Day0.AddDays(3), intent: null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"].NextCallId, Is.EqualTo("C3"));
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo(RepeatOutcome.Repeated));
            Assert.That(outcomes["C2"].Outcome, Is.EqualTo(RepeatOutcome.ResolvedFirstContact));
            Assert.That(outcomes["C2"].ChainId, Is.EqualTo("C2"));
            Assert.That(outcomes["C3"].ChainId, Is.EqualTo("C1"));
            Assert.That(outcomes["C4"].Outcome, Is.EqualTo(RepeatOutcome.Unlinkable), "intent unknown: no same-intent link is possible");
        }
    }

    [Test]
    public void Link_WithoutSameIntent_AnyIntentRepeats()
    {
        var outcomes = Link(FarHorizon, SevenDays, Call("C1", Day0, intent: "billing_dispute"), Call("C2", Day0.AddDays(1), intent: "technical_support"));

        Assert.That(outcomes["C1"].NextCallId, Is.EqualTo("C2"));
    }

    [Test]
    public void Link_EveryContact_GetsExactlyOneOutcomeInChronologicalOrder()
    {
        var contacts = Enumerable.Range(0, 50)
            .Select(i => Call($"C{i:D2}", Day0.AddHours(i * 17 % 500), customer: $"K{i % 7}"))
            .ToList();

        var outcomes = RepeatLinker.Link(contacts, FarHorizon, SevenDays);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.CallId), Is.EquivalentTo(contacts.Select(c => c.CallId)));
            Assert.That(outcomes.Select(o => contacts.Single(c => c.CallId == o.CallId).StartedAt), Is.Ordered);
        }
    }

    [Test]
    public void Link_ZeroWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatLinker.Link([], FarHorizon, new RepeatLinkingOptions { Window = TimeSpan.Zero }));
}
