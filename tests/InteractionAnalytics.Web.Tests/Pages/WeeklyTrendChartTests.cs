using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Web.Pages.Agents;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class WeeklyTrendChartTests
{
    private static readonly ScorecardMinimums Minimums = new(Contacts: 2);

    private static ScorecardMetrics Metrics(int handled, double ahtSeconds, ScorecardMinimums minimums) =>
        ScorecardMetrics.From(new ScorecardTotals { Contacts = new ContactTotals { Contacts = handled, Handled = handled, TalkSeconds = handled * ahtSeconds } }, minimums);

    private static ScorecardWeek Week(int month, int day, int agentHandled, double agentAht, double teamAht) =>
        new(new DateOnly(2026, month, day), Metrics(agentHandled, agentAht, Minimums), Metrics(10, teamAht, ScorecardMinimums.None));

    [Test]
    public void Create_WithheldWeekAndMissingWeek_BreakTheAgentLineOnlyWithheldIsMarked()
    {
        // Weeks 2, 9, 16 and 30 November: the 9th has one agent contact (under the minimum of 2), the 23rd is missing altogether.
        // Agent line: 2 Nov alone, then 16 Nov alone (30 Nov does not follow it) → no polyline of two points.
        // Team line: 2–9–16 joined, 30 Nov alone after the missing week.
        ScorecardWeek[] weeks = [Week(11, 2, 5, 300, 200), Week(11, 9, 1, 900, 250), Week(11, 16, 5, 400, 300), Week(11, 30, 5, 100, 400)];

        var chart = WeeklyTrendChart.Create(ScorecardMetric.Aht, weeks);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chart.Points.Select(p => p.Week), Is.EqualTo(new[] { "2026-W45", "2026-W46", "2026-W47", "2026-W49" }));
            Assert.That(chart.Points.Select(p => p.AgentY is null), Is.EqualTo(new[] { false, true, false, false }));
            Assert.That(chart.Points.Select(p => p.AgentWithheld), Is.EqualTo(new[] { false, true, false, false }));
            Assert.That(chart.Points[1].AgentText, Is.EqualTo("fewer than 2 contacts"));
            Assert.That(chart.AgentLines, Is.Empty, "no two consecutive weeks with a shown agent value");
            Assert.That(chart.TeamLines, Has.Count.EqualTo(1));
            Assert.That(chart.TeamLines[0].Split(' '), Has.Length.EqualTo(3));
            Assert.That(chart.Points.Select(p => p.X), Is.EqualTo(new[] { 10.0, 10 + 280.0 / 4, 10 + 560.0 / 4, 290.0 }), "x by week, not by index");
            Assert.That(chart.LastText, Is.EqualTo("2026-W49: agent 1:40, team 6:40"));
            Assert.That(chart.Summary, Does.Contain("2026-W46: agent fewer than 2 contacts, team 4:10"));
        }
    }

    [Test]
    public void Create_NoWeeks_NoPoints()
    {
        var chart = WeeklyTrendChart.Create(ScorecardMetric.Fcr, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chart.Points, Is.Empty);
            Assert.That(chart.Summary, Is.EqualTo("FCR by week: no values"));
        }
    }
}
