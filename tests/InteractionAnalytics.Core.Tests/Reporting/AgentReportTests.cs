using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Core.Tests.Reporting;

public sealed class AgentReportTests
{
    /// <summary>Totals of <paramref name="handled"/> contacts of <paramref name="handleSeconds"/> each, <paramref name="resolved"/> of them resolved and the rest repeated.</summary>
    private static ContactTotals Totals(long handled, double handleSeconds, long resolved)
    {
        var totals = new ContactTotals { Contacts = handled, Handled = handled, TalkSeconds = handled * handleSeconds };
        for (var i = 0; i < handled; i++)
        {
            totals = totals.AddOutcome(i < resolved ? RepeatOutcome.ResolvedFirstContact : RepeatOutcome.Repeated);
        }

        return totals;
    }

    [Test]
    public void FastNotResolving_HandComputedTeam_ListsOnlyTheFastAgentWhoResolvesLess()
    {
        // Team North: A1 40 × 200 s, FCR 20/40 = 0.50; A2 40 × 400 s, FCR 36/40 = 0.90; A3 40 × 250 s, FCR 36/40 = 0.90.
        // Team AHT = (8000 + 16000 + 10000) / 120 = 283.3 s; team FCR = 92 / 120 = 0.767.
        // A1: faster and resolves less → listed. A3: faster but resolves more → not listed. A2: slower → not listed.
        // A4 is fast and resolves little but has only 10 contacts, under the minimum sample of 30 → not listed.
        var agents = new[]
        {
            new AgentTotals("A1", "North", Totals(40, 200, 20)),
            new AgentTotals("A2", "North", Totals(40, 400, 36)),
            new AgentTotals("A3", "North", Totals(40, 250, 36)),
            new AgentTotals("A4", "South", Totals(10, 100, 1)),
            new AgentTotals("A5", "South", Totals(40, 500, 30)),
        };

        var list = AgentReport.FastNotResolving(agents, minSample: 30);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Select(a => a.AgentId), Is.EqualTo(new[] { "A1" }));
            Assert.That(list[0].TeamAhtSeconds, Is.EqualTo(34_000.0 / 120).Within(1e-9));
            Assert.That(list[0].TeamFcrRate, Is.EqualTo(92.0 / 120).Within(1e-12));
            Assert.That(list[0].FcrRate, Is.EqualTo(0.5));
            Assert.That(list[0].FcrN, Is.EqualTo(40));
        }
    }

    [Test]
    public void Rows_AgentsUnderTheMinimumSample_AreSummedPerTeamAfterTheTeamsAgents()
    {
        var agents = new[]
        {
            new AgentTotals("A2", "North", Totals(5, 300, 5)),
            new AgentTotals("A1", "North", Totals(30, 200, 15)),
            new AgentTotals("A3", "North", Totals(3, 100, 0)),
            new AgentTotals("B1", "South", Totals(2, 100, 2)),
        };

        var rows = AgentReport.Rows(agents, minSample: 30);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => (r.Key, r.Team, r.RolledUpAgents)), Is.EqualTo(new (string?, string?, int)[]
            {
                ("A1", "North", 0), (null, "North", 2), (null, "South", 1),
            }));

            // North's roll-up: A2 (5 × 300 s, all resolved) + A3 (3 × 100 s, none): AHT 1800 / 8 = 225 s, FCR 5 / 8.
            Assert.That(rows[1].Metrics.AhtSeconds, Is.EqualTo(225));
            Assert.That(rows[1].Metrics.FcrRate, Is.EqualTo(5.0 / 8));
        }
    }
}
