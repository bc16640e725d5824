using InteractionAnalytics.Core.Scorecards;

namespace InteractionAnalytics.Storage.Tests.Scorecards;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ScorecardSourceTests(StorageProvider provider)
{
    private static readonly ScorecardMinimums NoMinimum = new(0, 0);

    [Test]
    public async Task Get_SeededDatabase_EveryNumberAsComputedByHand()
    {
        // Agent A1, C1–C4: AHT (360 + 330 + 120 + 400) / 4 = 302.5 s; FCR C1, C4 resolved, C2 repeated, C3 pending → 2 / 3;
        // repeat rate 1 / 3; transfers 1 / 4; sentiment (0.4 − 0.2) / 2 = 0.1; agent root cause C1 (model) and C2 (corrected)
        // of C1–C3 classified → 2 / 3; QA E1–E3 submitted (E4 is a draft) → (0.9 + 0.5 + 0.8) / 3.
        // Team North (A1's C1–C3, A2's C5–C6): AHT (360 + 330 + 120 + 600 + 180) / 5 = 318 s; FCR 2 / 4; transfers 1 / 5;
        // sentiment (0.4 − 0.2 + 0.0) / 3; agent root cause C1, C2, C6 of 5 → 0.6; QA E1, E2, E5 → 2.0 / 3.
        await using var db = await ScorecardSeed.CreateAsync(provider);

        var card = await db.Database.Scorecards.GetAsync("A1", null, null, NoMinimum, default);

        Assert.That(card, Is.Not.Null);
        var lines = card!.Lines.ToDictionary(l => l.Metric, l => (Agent: l.Agent.Shown, Team: l.Team.Shown));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(card.Team, Is.EqualTo("North"));
            Assert.That(card.TeamsWorked, Is.EqualTo(2));
            Assert.That(card.AgentMetrics.Handled, Is.EqualTo(4));
            Assert.That(card.TeamMetrics.Handled, Is.EqualTo(5));
            Assert.That(lines[ScorecardMetric.Aht].Agent, Is.EqualTo(302.5));
            Assert.That(lines[ScorecardMetric.Aht].Team, Is.EqualTo(318));
            Assert.That(lines[ScorecardMetric.Fcr].Agent, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.Fcr].Team, Is.EqualTo(0.5));
            Assert.That(lines[ScorecardMetric.RepeatRate].Agent, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.TransferRate].Agent, Is.EqualTo(0.25));
            Assert.That(lines[ScorecardMetric.TransferRate].Team, Is.EqualTo(0.2));
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent, Is.EqualTo(0.1).Within(1e-12));
            Assert.That(lines[ScorecardMetric.SentimentChange].Team, Is.EqualTo(0.2 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.AgentRootCauseShare].Agent, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.AgentRootCauseShare].Team, Is.EqualTo(0.6).Within(1e-12));
            Assert.That(lines[ScorecardMetric.QaScore].Agent, Is.EqualTo(2.2 / 3).Within(1e-12));
            Assert.That(card.AgentMetrics[ScorecardMetric.QaScore].N, Is.EqualTo(3));
            Assert.That(lines[ScorecardMetric.QaScore].Team, Is.EqualTo(2.0 / 3).Within(1e-12));
        }
    }

    [Test]
    public async Task Get_DateRangeAndWeeks_LocalDatesInclusiveIsoWeeks()
    {
        // Up to Sunday 22 November (inclusive): week 47 only, C3 and C6 (the 24th) left out.
        await using var db = await ScorecardSeed.CreateAsync(provider);

        var all = await db.Database.Scorecards.GetAsync("A1", null, null, new ScorecardMinimums(2, 5), default);
        var week47 = await db.Database.Scorecards.GetAsync("A1", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), NoMinimum, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all!.Weeks.Select(w => w.Name), Is.EqualTo(new[] { "2026-W47", "2026-W48" }));

            // Week 47: C1, C2, C4 → (360 + 330 + 400) / 3; week 48: C3 alone, under the minimum of 2 → withheld.
            Assert.That(all.Weeks[0].Agent[ScorecardMetric.Aht].Shown, Is.EqualTo(1090.0 / 3).Within(1e-9));
            Assert.That(all.Weeks[1].Agent[ScorecardMetric.Aht].Shown, Is.Null);
            Assert.That(all.Weeks[1].Team[ScorecardMetric.Aht].Shown, Is.EqualTo(150), "C3 and C6: (120 + 180) / 2");
            Assert.That(week47!.AgentMetrics.Handled, Is.EqualTo(3));
            Assert.That(week47.TeamMetrics.Handled, Is.EqualTo(3), "C1, C2, C5");
            Assert.That(week47.Weeks, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Get_UnknownAgent_Null_KnownAgentOutsideRange_Empty()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);

        var unknown = await db.Database.Scorecards.GetAsync("A9", null, null, NoMinimum, default);
        var outside = await db.Database.Scorecards.GetAsync("A1", new DateOnly(2026, 12, 1), null, NoMinimum, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown, Is.Null);
            Assert.That(outside, Is.Not.Null);
            Assert.That(outside!.AgentMetrics.Handled, Is.Zero);
            Assert.That(outside.Team, Is.Null);
        }
    }

    [Test]
    public async Task List_EveryAgentWithContacts()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);

        var cards = await db.Database.Scorecards.ListAsync(null, null, NoMinimum, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cards.Select(c => (c.AgentId, c.Team)), Is.EqualTo(new (string, string?)[] { ("A1", "North"), ("A2", "North") }));
            Assert.That(cards[1].AgentMetrics[ScorecardMetric.Aht].Shown, Is.EqualTo(390), "A2: (600 + 180) / 2");
        }
    }
}
