using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Reporting;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class RepeatLinkTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    /// <summary>A handled inbound contact of <paramref name="talk"/> seconds (handle = talk) by agent A1.</summary>
    private static SourcedContact Call(string id, string? customer, DateTimeOffset start, double talk = 300, bool abandoned = false) =>
        new(new ContactRecord
        {
            CallId = id,
            CustomerId = customer,
            AgentId = abandoned ? null : "A1",
            Team = abandoned ? null : "North",
            StartedAt = start,
            AnsweredAt = abandoned ? null : start.AddSeconds(10),
            EndedAt = start.AddSeconds(10 + talk),
            TalkSeconds = abandoned ? 0 : talk,
            Abandoned = abandoned,
        }, "calls.csv", 2);

    private static async Task<long> IngestAsync(TestDatabase db, params SourcedContact[] contacts)
    {
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run, contacts, default);
        await store.LinkRepeatsAsync(run, new RepeatLinkingOptions(), default);
        return run;
    }

    private static async Task<Dictionary<string, (string Outcome, string? Next, string? Chain, long? Position)>> OutcomesAsync(TestDatabase db)
    {
        var rows = await db.QueryAsync<(string CallId, string Outcome, string? Next, string? Chain, long? Position)>(
            "SELECT call_id, outcome, next_call_id, chain_id, chain_position FROM contact_outcomes");
        return rows.ToDictionary(r => r.CallId, r => (r.Outcome, r.Next, r.Chain, r.Position));
    }

    [Test]
    public async Task LinkRepeats_ChainOfThreeAndOthers_StoresOutcomesAndReportsFcrAndCostOfResolution()
    {
        // K1: C1 → C2 (+2 d) → C3 (+5 d), 300 s each: one chain, 900 s for one resolution.
        // K2: C4, 200 s, alone: resolved first contact. C5 has no customer key: unlinkable. A6 abandoned: not applicable.
        // L9 (another customer, day 30) moves the horizon past every window.
        await using var db = await provider.CreateAsync();
        await IngestAsync(db,
            Call("C1", "K1", Day0),
            Call("C2", "K1", Day0.AddDays(2)),
            Call("C3", "K1", Day0.AddDays(5)),
            Call("C4", "K2", Day0.AddHours(1), talk: 200),
            Call("C5", null, Day0.AddHours(2)),
            Call("A6", "K1", Day0.AddDays(1), abandoned: true),
            Call("L9", "K9", Day0.AddDays(30)));

        var outcomes = await OutcomesAsync(db);
        var report = await db.Database.Reports.GetReportAsync(new ReportQuery(To: new DateOnly(2026, 11, 20)), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["C1"], Is.EqualTo(("repeated", (string?)"C2", (string?)"C1", (long?)1)));
            Assert.That(outcomes["C2"], Is.EqualTo(("repeated", (string?)"C3", (string?)"C1", (long?)2)));
            Assert.That(outcomes["C3"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"C1", (long?)3)));
            Assert.That(outcomes["C4"].Outcome, Is.EqualTo("resolved_first_contact"));
            Assert.That(outcomes["C5"].Outcome, Is.EqualTo("unlinkable"));
            Assert.That(outcomes["A6"].Outcome, Is.EqualTo("not_applicable"));
            Assert.That(outcomes["L9"].Outcome, Is.EqualTo("pending"));

            // Contacts up to 20 November: C1..C5 and A6. FCR = 2 resolved / (2 + 2 repeated) = 0.5, n = 4.
            Assert.That(report.Total.FcrN, Is.EqualTo(4));
            Assert.That(report.Total.FcrRate, Is.EqualTo(0.5));
            Assert.That(report.Total.Unlinkable, Is.EqualTo(1));
            Assert.That(report.Total.ResolvedChains, Is.EqualTo(2));
            Assert.That(report.Total.HandleSecondsPerResolution, Is.EqualTo((900 + 200) / 2.0));
            Assert.That(report.Total.ContactsPerResolution, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task LinkRepeats_SecondNightlyRun_FinalisesTheFirstRunsContacts()
    {
        await using var db = await provider.CreateAsync();
        await IngestAsync(db, Call("C1", "K1", Day0), Call("C2", "K2", Day0.AddHours(1)));
        var night1 = await OutcomesAsync(db);

        // Eight days later: K1 called again on day 6 (a repeat of C1); nothing from K2, whose window has now elapsed.
        await IngestAsync(db, Call("C3", "K1", Day0.AddDays(6)), Call("C4", "K3", Day0.AddDays(8)));
        var night2 = await OutcomesAsync(db);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(night1.Values.Select(v => v.Outcome), Is.All.EqualTo("pending"));
            Assert.That(night2["C1"].Outcome, Is.EqualTo("repeated"));
            Assert.That(night2["C1"].Next, Is.EqualTo("C3"));
            Assert.That(night2["C2"].Outcome, Is.EqualTo("resolved_first_contact"));
            Assert.That(night2["C3"].Chain, Is.EqualTo("C1"));
        }
    }

    [Test]
    public async Task LinkRepeats_Rerun_ChangesNothingAndDuplicatesNothing()
    {
        await using var db = await provider.CreateAsync();
        var contacts = new[] { Call("C1", "K1", Day0), Call("C2", "K1", Day0.AddDays(1)), Call("C3", "K2", Day0.AddDays(9)) };
        await IngestAsync(db, contacts);
        var first = await OutcomesAsync(db);
        await IngestAsync(db, contacts);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await OutcomesAsync(db), Is.EqualTo(first));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM contact_outcomes"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task LinkRepeats_OtherWindow_RelinksEveryContact()
    {
        // C2 starts 10 days after C1 ends: not a repeat in 7 days, a repeat in 30.
        await using var db = await provider.CreateAsync();
        var run = await IngestAsync(db, Call("C1", "K1", Day0), Call("C2", "K1", Day0.AddDays(10)), Call("C3", "K3", Day0.AddDays(60)));

        var summary = await db.Database.IngestStore.LinkRepeatsAsync(run, new RepeatLinkingOptions { Window = TimeSpan.FromDays(30) }, default);
        var outcomes = await OutcomesAsync(db);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.FullRelink, Is.True);
            Assert.That(summary.ContactsLinked, Is.EqualTo(3));
            Assert.That(outcomes["C1"].Outcome, Is.EqualTo("repeated"));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM contact_outcomes WHERE window_seconds = 2592000"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task LinkRepeats_EmptyDatabase_LinksNothing()
    {
        await using var db = await provider.CreateAsync();
        var run = await db.Database.IngestStore.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);

        var summary = await db.Database.IngestStore.LinkRepeatsAsync(run, new RepeatLinkingOptions(), default);

        Assert.That(summary.ContactsLinked, Is.Zero);
    }
}
