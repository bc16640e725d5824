using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ContactBrowserTests(StorageProvider provider)
{
    // C1 (A1, North, billing, 17th, handle 360), C2 (A1, North, sales, 18th, 160), C3 (A2, South, billing, 19th, 560),
    // C4 abandoned (17th). C1 and C3 are classified; C3's root cause is corrected.
    internal static async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run,
        [
            Contacts.Handled("C1", "A1", "North", "billing", day: 17, talk: 300),
            Contacts.Handled("C2", "A1", "North", "sales", day: 18, talk: 100),
            Contacts.Handled("C3", "A2", "South", "billing", day: 19, talk: 500),
            Contacts.Abandoned("C4", day: 17),
        ], default);
        await store.UpsertTranscriptsAsync(run,
        [
            Classified("C1", "billing_dispute", 0.9, "billing", 0.8),
            Classified("C3", "payment", 0.7, "process", 0.4),
        ], default);
        await db.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection("C3", null, "agent", "promised a callback", "sue", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)), default);
        return db;
    }

    private static SourcedTranscript Classified(string callId, string intent, double intentConfidence, string rootCause, double rootCauseConfidence) =>
        new(new Transcript(callId, "en", [new Turn(Speaker.Customer, 0, 4, "I was <b>charged</b> twice"), new Turn(Speaker.Agent, 5, 9, "Refunded.")]),
            $"transcripts/{callId}.json", "json")
        {
            Classification = new ReviewedClassification(
                new ContactClassification(intent, intentConfidence, rootCause, rootCauseConfidence,
                    [new ClassificationEvidence(intent, ClassificationEvidence.IntentKind, ClassificationEvidence.ModelSource, "charged", 0, 9, 16, 1.5)], "m1"),
                NeedsReview: false, ReviewReason: null),
        };

    [Test]
    public async Task List_NoFilter_EveryContactNewestFirstWithEffectiveLabels()
    {
        await using var db = await SeedAsync(provider);

        var page = await db.Database.Contacts.ListAsync(new ContactQuery(), default);

        var c3 = page.Items[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Total, Is.EqualTo(4));
            Assert.That(page.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C3", "C2", "C1", "C4" }));
            Assert.That((c3.Intent, c3.IntentConfidence, c3.RootCause, c3.RootCauseConfidence, c3.Corrected),
                Is.EqualTo(("payment", (double?)0.7, "agent", (double?)null, true)), "a corrected label has no model confidence");
            Assert.That(page.Items[1].Intent, Is.Null, "unclassified");
            Assert.That(page.Items[3].Abandoned, Is.True);
        }
    }

    [Test]
    public async Task List_Filters_CombineWithAnd()
    {
        await using var db = await SeedAsync(provider);
        var contacts = db.Database.Contacts;

        async Task<string[]> IdsAsync(ContactQuery q) => [.. (await contacts.ListAsync(q, default)).Items.Select(i => i.CallId)];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(new ContactQuery { From = new DateOnly(2026, 11, 18), To = new DateOnly(2026, 11, 18) }), Is.EqualTo(new[] { "C2" }));
            Assert.That(await IdsAsync(new ContactQuery { AgentId = "A1" }), Is.EqualTo(new[] { "C2", "C1" }));
            Assert.That(await IdsAsync(new ContactQuery { Team = "South" }), Is.EqualTo(new[] { "C3" }));
            Assert.That(await IdsAsync(new ContactQuery { Queue = "billing", Team = "North" }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(new ContactQuery { Intent = "billing_dispute" }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(new ContactQuery { RootCause = "agent" }), Is.EqualTo(new[] { "C3" }), "the correction wins");
            Assert.That(await IdsAsync(new ContactQuery { RootCause = "process" }), Is.Empty, "the model's label was corrected away");
            Assert.That(await IdsAsync(new ContactQuery { Team = "x' OR '1'='1" }), Is.Empty, "values are parameters");
        }
    }

    [Test]
    public async Task List_VisibleAgent_NoFilterWidensIt()
    {
        await using var db = await SeedAsync(provider);
        var contacts = db.Database.Contacts;

        var own = await contacts.ListAsync(new ContactQuery { VisibleAgentId = "A1" }, default);
        var other = await contacts.ListAsync(new ContactQuery { VisibleAgentId = "A1", AgentId = "A2" }, default);
        var streamed = new List<string>();
        await foreach (var item in contacts.StreamAsync(new ContactQuery { VisibleAgentId = "A2" }, default))
        {
            streamed.Add(item.CallId);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C2", "C1" }));
            Assert.That(other.Total, Is.Zero);
            Assert.That(streamed, Is.EqualTo(new[] { "C3" }));
            Assert.That(await contacts.GetAsync("C3", "A1", default), Is.Null);
            Assert.That(await contacts.GetAsync("C3", "A2", default), Is.Not.Null);
        }
    }

    [Test]
    public async Task List_SortAndPage_StableOrder()
    {
        await using var db = await SeedAsync(provider);
        var contacts = db.Database.Contacts;

        var longest = await contacts.ListAsync(new ContactQuery { Sort = ContactSort.LongestHandleFirst }, default);
        var shortest = await contacts.ListAsync(new ContactQuery { Sort = ContactSort.ShortestHandleFirst }, default);
        var page2 = await contacts.ListAsync(new ContactQuery { Sort = ContactSort.OldestFirst, Page = 2, PageSize = 3 }, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(longest.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C3", "C1", "C2", "C4" }));
            Assert.That(shortest.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C4", "C2", "C1", "C3" }));
            Assert.That(page2.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C3" }));
            Assert.That((page2.Total, page2.PageCount), Is.EqualTo((4L, 2)));
        }
    }

    [Test]
    public async Task Get_ClassifiedAndCorrected_DetailWithTurnsLabelsAndAudit()
    {
        await using var db = await SeedAsync(provider);

        var detail = await db.Database.Contacts.GetAsync("C3", null, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.Contact, "C3", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail!.HandleSeconds, Is.EqualTo(560));
            Assert.That((detail.TalkSeconds, detail.HoldSeconds, detail.AcwSeconds), Is.EqualTo((500.0, 0.0, 60.0)));
            Assert.That(detail.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 19, 23, 30, 0, TimeSpan.FromHours(-5))));
            Assert.That(detail.Turns.Select(t => (t.Index, t.Speaker, t.Text)),
                Is.EqualTo(new[] { (0, "customer", "I was <b>charged</b> twice"), (1, "agent", "Refunded.") }));
            Assert.That(detail.Classification!.Classification.Evidence.Single().Text, Is.EqualTo("charged"));
            Assert.That((detail.Intent, detail.RootCause, detail.CorrectedRootCause), Is.EqualTo(("payment", "agent", "agent")));
            Assert.That(audit.Single().BeforeJson, Is.EqualTo("{\"intent\":\"payment\",\"root_cause\":\"process\"}"));
            Assert.That(audit.Single().AfterJson, Is.EqualTo("{\"intent\":\"payment\",\"root_cause\":\"agent\"}"));
            Assert.That((audit.Single().UserName, audit.Single().Reason), Is.EqualTo(("sue", "promised a callback")));
            Assert.That(await db.Database.Contacts.GetAsync("nope", null, default), Is.Null);
        }
    }

    [Test]
    public async Task GetFilterValues_VisibleAgent_OnlyTheirTeamsAndQueues()
    {
        await using var db = await SeedAsync(provider);

        var all = await db.Database.Contacts.GetFilterValuesAsync(null, default);
        var a2 = await db.Database.Contacts.GetFilterValuesAsync("A2", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Agents, Is.EqualTo(new[] { "A1", "A2" }));
            Assert.That(all.Teams, Is.EqualTo(new[] { "North", "South" }));
            Assert.That(all.Queues, Is.EqualTo(new[] { "billing", "sales" }));
            Assert.That(all.Intents, Is.EqualTo(new[] { "billing_dispute", "payment" }));
            Assert.That(all.RootCauses, Is.EqualTo(new[] { "agent", "billing", "process" }));
            Assert.That((a2.Agents, a2.Teams, a2.Queues), Is.EqualTo((new[] { "A2" }, new[] { "South" }, new[] { "billing" })));
        }
    }
}
