using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Scorecards;

namespace InteractionAnalytics.Core.Tests.Scorecards;

public sealed class ScorecardTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 17);
    private static readonly DateOnly NextTuesday = new(2026, 11, 24);

    /// <summary>One contact's sums: handled, its handle seconds, its final outcome, optional transfer, sentiment change, root cause and QA score.</summary>
    private static ScorecardTotals Contact(
        double handleSeconds, bool? resolved, bool transferred = false, double? change = null, string? rootCause = null, double? qaScore = null)
    {
        var contacts = new ContactTotals
        {
            Contacts = 1,
            Handled = 1,
            TalkSeconds = handleSeconds,
            Transferred = transferred ? 1 : 0,
            ResolvedFirstContact = resolved == true ? 1 : 0,
            Repeated = resolved == false ? 1 : 0,
            Pending = resolved is null ? 1 : 0,
            SentimentChangeSum = change ?? 0,
            SentimentChangeCount = change is null ? 0 : 1,
        };
        return new ScorecardTotals
        {
            Contacts = contacts,
            Classified = rootCause is null ? 0 : 1,
            AgentRootCause = rootCause == Scorecard.AgentRootCause ? 1 : 0,
            QaEvaluations = qaScore is null ? 0 : 1,
            QaScoreSum = qaScore ?? 0,
        };
    }

    /// <summary>
    /// A1 (North): 300 s resolved +0.4 agent QA 0.9; 200 s repeated transferred −0.2 billing QA 0.5; 100 s pending (next week)
    /// agent; and one contact for South (400 s resolved, no root cause). A2 (North): 600 s resolved 0.0 product QA 0.6.
    /// </summary>
    private static ScorecardDay[] Days() =>
    [
        new("A1", "North", Tuesday, Contact(300, true, change: 0.4, rootCause: "agent", qaScore: 0.9).Plus(
            Contact(200, false, transferred: true, change: -0.2, rootCause: "billing", qaScore: 0.5))),
        new("A1", "North", NextTuesday, Contact(100, null, rootCause: "agent")),
        new("A1", "South", Tuesday, Contact(400, true)),
        new("A2", "North", Tuesday, Contact(600, true, change: 0.0, rootCause: "product", qaScore: 0.6)),
    ];

    [Test]
    public void For_HandComputedAgentAndTeam_EveryLine()
    {
        // Agent A1, all four contacts: AHT (300 + 200 + 100 + 400) / 4 = 250 s; FCR 2 / 3 (the pending one is outside);
        // repeat rate 1 / 3; transfer rate 1 / 4; sentiment change (0.4 − 0.2) / 2 = 0.1; agent root cause 2 / 3 classified;
        // QA (0.9 + 0.5) / 2 = 0.7.
        // Team North (A1's three North contacts and A2's): AHT (300 + 200 + 100 + 600) / 4 = 300 s; FCR 2 / 3; transfer 1 / 4;
        // sentiment (0.4 − 0.2 + 0.0) / 3; agent root cause 2 / 4; QA (0.9 + 0.5 + 0.6) / 3.
        var card = Scorecard.For("A1", Days(), new ScorecardMinimums(Contacts: 1, QaEvaluations: 1));

        var lines = card.Lines.ToDictionary(l => l.Metric);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(card.Team, Is.EqualTo("North"), "three of A1's four contacts were North's");
            Assert.That(card.TeamsWorked, Is.EqualTo(2));
            Assert.That(card.TeamAgents, Is.EqualTo(2));
            Assert.That(card.AgentMetrics.Handled, Is.EqualTo(4));
            Assert.That(card.TeamMetrics.Handled, Is.EqualTo(4));
            Assert.That(lines.Keys, Is.EqualTo(Enum.GetValues<ScorecardMetric>()), "every metric, in order");

            Assert.That(lines[ScorecardMetric.Aht].Agent.Shown, Is.EqualTo(250));
            Assert.That(lines[ScorecardMetric.Aht].Team.Shown, Is.EqualTo(300));
            Assert.That(lines[ScorecardMetric.Aht].Difference, Is.EqualTo(-50));
            Assert.That(lines[ScorecardMetric.Fcr].Agent.Shown, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.Fcr].Agent.N, Is.EqualTo(3));
            Assert.That(lines[ScorecardMetric.Fcr].Team.Shown, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.RepeatRate].Agent.Shown, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.TransferRate].Agent.Shown, Is.EqualTo(0.25));
            Assert.That(lines[ScorecardMetric.TransferRate].Team.Shown, Is.EqualTo(0.25));
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent.Shown, Is.EqualTo(0.1).Within(1e-12));
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent.N, Is.EqualTo(2));
            Assert.That(lines[ScorecardMetric.SentimentChange].Team.Shown, Is.EqualTo(0.2 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.AgentRootCauseShare].Agent.Shown, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(lines[ScorecardMetric.AgentRootCauseShare].Team.Shown, Is.EqualTo(0.5));
            Assert.That(lines[ScorecardMetric.QaScore].Agent.Shown, Is.EqualTo(0.7).Within(1e-12));
            Assert.That(lines[ScorecardMetric.QaScore].Team.Shown, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(card.AgentMetrics.FcrInterval, Is.EqualTo(WilsonInterval.Of(2, 3)), "the report's Wilson interval");
        }
    }

    [Test]
    public void For_BelowMinimumSample_AgentValueWithheldTeamShownNoDifference()
    {
        // A1 has 4 handled contacts, FCR n 3, 2 known sentiment changes and 2 evaluations. Minimums 3 and 5: AHT (n 4) and
        // FCR (n 3, exactly the minimum) shown; sentiment (n 2) and QA (n 2 < 5) withheld.
        var card = Scorecard.For("A1", Days(), new ScorecardMinimums(Contacts: 3, QaEvaluations: 5));

        var lines = card.Lines.ToDictionary(l => l.Metric);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[ScorecardMetric.Aht].Agent.Shown, Is.EqualTo(250));
            Assert.That(lines[ScorecardMetric.Fcr].Agent.BelowMinimum, Is.False, "n equal to the minimum is enough");
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent.BelowMinimum, Is.True);
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent.Shown, Is.Null);
            Assert.That(lines[ScorecardMetric.SentimentChange].Agent.Value, Is.EqualTo(0.1).Within(1e-12), "computed, only withheld");
            Assert.That(lines[ScorecardMetric.SentimentChange].Team.Shown, Is.Not.Null, "the team has no minimum");
            Assert.That(lines[ScorecardMetric.SentimentChange].Difference, Is.Null);
            Assert.That(lines[ScorecardMetric.QaScore].Agent.Minimum, Is.EqualTo(5));
            Assert.That(lines[ScorecardMetric.QaScore].Agent.Shown, Is.Null);
        }
    }

    [Test]
    public void For_Weeks_IsoMondayStartAgentWeeksBelowMinimumWithheld()
    {
        var card = Scorecard.For("A1", Days(), new ScorecardMinimums(Contacts: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(card.Weeks.Select(w => w.Start), Is.EqualTo(new[] { new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23) }));
            Assert.That(card.Weeks.Select(w => w.Name), Is.EqualTo(new[] { "2026-W47", "2026-W48" }));

            // Week 47: A1's three contacts (300, 200, 400 s) → 300 s; the team's North contacts (300, 200, 600) → 366.7 s.
            Assert.That(card.Weeks[0].Agent[ScorecardMetric.Aht].Shown, Is.EqualTo(300));
            Assert.That(card.Weeks[0].Team[ScorecardMetric.Aht].Shown, Is.EqualTo(1100.0 / 3).Within(1e-9));

            // Week 48: one contact, under the minimum of 2: a gap for the agent, the team still shown.
            Assert.That(card.Weeks[1].Agent[ScorecardMetric.Aht].Shown, Is.Null);
            Assert.That(card.Weeks[1].Agent[ScorecardMetric.Aht].N, Is.EqualTo(1));
            Assert.That(card.Weeks[1].Team[ScorecardMetric.Aht].Shown, Is.EqualTo(100));
        }
    }

    [Test]
    public void For_TeamTie_FirstNameWinsNoTeamLast()
    {
        ScorecardDay[] days =
        [
            new("A1", null, Tuesday, Contact(100, true)),
            new("A1", "West", Tuesday, Contact(100, true)),
            new("A1", "East", Tuesday, Contact(100, true)),
        ];

        Assert.That(Scorecard.For("A1", days, new ScorecardMinimums()).Team, Is.EqualTo("East"));
    }

    [Test]
    public void For_AgentWithoutContacts_EmptyNullValues()
    {
        var card = Scorecard.For("A9", Days(), new ScorecardMinimums());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(card.Team, Is.Null);
            Assert.That(card.AgentMetrics.Handled, Is.Zero);
            Assert.That(card.Lines.Select(l => l.Agent.Value), Is.All.Null);
            Assert.That(card.Weeks, Is.Empty);
        }
    }

    [Test]
    public void All_EveryAgentById()
    {
        var cards = Scorecard.All(Days(), new ScorecardMinimums());

        Assert.That(cards.Select(c => (c.AgentId, c.Team)), Is.EqualTo(new (string, string?)[] { ("A1", "North"), ("A2", "North") }));
    }

    [TestCase("2026-11-23", "2026-11-23", "2026-W48", TestName = "Monday")]
    [TestCase("2026-11-29", "2026-11-23", "2026-W48", TestName = "Sunday")]
    [TestCase("2027-01-01", "2026-12-28", "2026-W53", TestName = "NewYearInTheOldIsoYear")]
    [TestCase("2025-12-29", "2025-12-29", "2026-W01", TestName = "DecemberInTheNewIsoYear")]
    public void IsoWeeks_StartAndName(string day, string monday, string name)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(IsoWeeks.Start(date), Is.EqualTo(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(IsoWeeks.Name(date), Is.EqualTo(name));
        }
    }
}
