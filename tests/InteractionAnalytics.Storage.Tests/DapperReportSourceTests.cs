using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Metrics;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class DapperReportSourceTests(StorageProvider provider)
{
    private static async Task<TestDatabase> SeedAsync(StorageProvider provider, params SourcedContact[] contacts)
    {
        var db = await provider.CreateAsync();
        var run = await db.Database.IngestStore.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await db.Database.IngestStore.UpsertContactsAsync(run, contacts, default);
        return db;
    }

    [Test]
    public async Task GetReport_ByAgent_HandComputedRows()
    {
        // A1: handle 360 and 330 (transferred) → AHT 345, transfer 1/2. A2: handle 120. One abandoned (no agent: it is
        // in the total, not in an agent row).
        await using var db = await SeedAsync(provider,
            Contacts.Handled("C1", "A1", talk: 300, acw: 60),
            Contacts.Handled("C2", "A1", talk: 200, hold: 100, acw: 30, transfers: 1),
            Contacts.Handled("C3", "A2", talk: 100, hold: 20, acw: 0),
            Contacts.Abandoned("C4"));

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(GroupBy: ReportGrouping.Agent, MinSample: 1), default);

        var byKey = report.Groups.ToDictionary(g => g.Key ?? "(none)", g => g.Metrics);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Groups.Select(g => g.Key), Is.EqualTo(new string?[] { "A1", "A2" }));
            Assert.That(byKey["A1"].AhtSeconds, Is.EqualTo(345));
            Assert.That(byKey["A1"].TransferRate, Is.EqualTo(0.5));
            Assert.That(byKey["A2"].AhtSeconds, Is.EqualTo(120));
            Assert.That(report.Total.AhtSeconds, Is.EqualTo(270));
            Assert.That(report.Total.AbandonmentRate, Is.EqualTo(0.25));
        }
    }

    [Test]
    public async Task GetReport_ByAgentBelowMinimumSample_RollsUpToTheTeam()
    {
        // A1 handled 2 contacts, A2 and A3 one each; with a minimum sample of 2, A1 keeps its row and A2 + A3 roll up:
        // handle (200 + 60 ACW) and (400 + 60 ACW), AHT 360 s.
        await using var db = await SeedAsync(provider,
            Contacts.Handled("C1", "A1", talk: 300),
            Contacts.Handled("C2", "A1", talk: 100),
            Contacts.Handled("C3", "A2", talk: 200),
            Contacts.Handled("C4", "A3", talk: 400));

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(GroupBy: ReportGrouping.Agent, MinSample: 2), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Groups.Select(g => (g.Key, g.RolledUpAgents)), Is.EqualTo(new (string?, int)[] { ("A1", 0), (null, 2) }));
            Assert.That(report.Groups[1].Metrics.Handled, Is.EqualTo(2));
            Assert.That(report.Groups[1].Metrics.AhtSeconds, Is.EqualTo(360));
        }
    }

    [Test]
    public async Task GetReport_DayUsesLocalDateAndRangeIsInclusive()
    {
        // 23:30 at UTC-5 on the 17th is the 18th in UTC: the report must file it under the 17th.
        await using var db = await SeedAsync(provider,
            Contacts.Handled("C1", day: 16), Contacts.Handled("C2", day: 17), Contacts.Handled("C3", day: 18), Contacts.Handled("C4", day: 19));

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 18), ReportGrouping.Day), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Groups.Select(g => g.Key), Is.EqualTo(new[] { "2026-11-17", "2026-11-18" }));
            Assert.That(report.Total.Contacts, Is.EqualTo(2));
        }
    }

    [TestCase(ReportGrouping.Team)]
    [TestCase(ReportGrouping.Queue)]
    public async Task GetReport_GroupsSumToTotal(ReportGrouping grouping)
    {
        await using var db = await SeedAsync(provider,
            Contacts.Handled("C1", team: "North", queue: "billing"), Contacts.Handled("C2", team: "South", queue: "tech"),
            Contacts.Handled("C3", team: null, queue: null), Contacts.Abandoned("C4", queue: "tech"));

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(GroupBy: grouping), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Groups.Sum(g => g.Metrics.Contacts), Is.EqualTo(report.Total.Contacts));
            Assert.That(report.Groups.Sum(g => g.Metrics.TotalHandleSeconds), Is.EqualTo(report.Total.TotalHandleSeconds));
        }
    }

    [Test]
    public async Task GetReport_RandomContacts_SqlSumsEqualCoreDefinition()
    {
        var random = new Random(42);
        var contacts = Enumerable.Range(1, 200).Select(i => random.NextDouble() < 0.1
            ? Contacts.Abandoned($"C{i}", day: 16 + random.Next(5))
            : Contacts.Handled($"C{i}", $"A{random.Next(4)}", day: 16 + random.Next(5), talk: Math.Round(random.NextDouble() * 900, 1),
                hold: random.Next(3) == 0 ? random.Next(300) : 0, acw: random.Next(120), transfers: random.Next(10) == 0 ? 1 : 0)).ToArray();
        await using var db = await SeedAsync(provider, contacts);

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(), default);
        var expected = ContactMetrics.From(ContactTotals.Of(contacts.Select(c => c.Record)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Total.Contacts, Is.EqualTo(expected.Contacts));
            Assert.That(report.Total.Handled, Is.EqualTo(expected.Handled));
            Assert.That(report.Total.Transferred, Is.EqualTo(expected.Transferred));
            Assert.That(report.Total.AhtSeconds, Is.EqualTo(expected.AhtSeconds).Within(1e-9));
            Assert.That(report.Total.AvgHoldSeconds, Is.EqualTo(expected.AvgHoldSeconds).Within(1e-9));
            Assert.That(report.Total.AbandonmentRate, Is.EqualTo(expected.AbandonmentRate).Within(1e-12));
        }
    }

    [Test]
    public async Task GetReport_EmptyDatabase_ZeroContactsNullRatios()
    {
        await using var db = await provider.CreateAsync();

        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(GroupBy: ReportGrouping.Day), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Total.Contacts, Is.Zero);
            Assert.That(report.Total.AhtSeconds, Is.Null);
            Assert.That(report.Groups, Is.Empty);
        }
    }
}
