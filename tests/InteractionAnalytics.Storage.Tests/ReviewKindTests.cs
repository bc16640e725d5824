using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ReviewKindTests(StorageProvider provider)
{
    private static readonly ReviewPolicy Policy = new();

    // D1 (16th): rules say billing, the model alone agent, both confident. D2 (17th): low confidence only.
    // D3 (18th): low confidence and rules vs model. D4 (19th): rules and model agree, confident: not flagged.
    private static async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run,
        [
            Contacts.Handled("D1", day: 16),
            Contacts.Handled("D2", day: 17),
            Contacts.Handled("D3", day: 18),
            Contacts.Handled("D4", day: 19),
        ], default);
        await store.UpsertTranscriptsAsync(run,
        [
            Classified("D1", 0.9, 0.8, model: "agent", rules: "billing"),
            Classified("D2", 0.3, 0.8, model: "billing", rules: null),
            Classified("D3", 0.9, 0.4, model: "agent", rules: "process"),
            Classified("D4", 0.9, 0.9, model: "billing", rules: "billing"),
        ], default);
        return db;
    }

    private static SourcedTranscript Classified(string callId, double intentConfidence, double rootCauseConfidence, string? model, string? rules) => new(
        new Transcript(callId, "en", [new Turn(Speaker.Customer, 0, 4, "Charged twice"), new Turn(Speaker.Agent, 5, 9, "Refunded.")]),
        $"transcripts/{callId}.json",
        "json")
    {
        Classification = Policy.Review(new ContactClassification("billing_dispute", intentConfidence, rules ?? model ?? "none", rootCauseConfidence, [], "m1")
        {
            ModelRootCause = model,
            RuleRootCause = rules,
        }),
    };

    [Test]
    public async Task ReviewQueue_FlagsKeptApartWithCountsAndReasons()
    {
        await using var db = await SeedAsync(provider);

        var all = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Items.Select(i => i.CallId), Is.EqualTo(new[] { "D1", "D2", "D3" }), "oldest first; D4 agrees and is confident");
            Assert.That(all.Items.Select(i => i.Kinds), Is.EqualTo(new[]
            {
                new[] { ReviewKind.RulesVsModel },
                new[] { ReviewKind.LowConfidence },
                new[] { ReviewKind.LowConfidence, ReviewKind.RulesVsModel },
            }));
            Assert.That((all.Items[0].RuleRootCause, all.Items[0].ModelRootCause), Is.EqualTo(("billing", "agent")));
            Assert.That(all.Items[0].ClassificationReason, Is.EqualTo("rules say billing, model says agent"));
            Assert.That(all.Items[2].ClassificationReason, Is.EqualTo("root cause confidence 0.40 below 0.50; rules say process, model says agent"));
            Assert.That((all.Items[1].RuleRootCause, all.Items[1].ModelRootCause), Is.EqualTo(((string?)null, (string?)null)), "only shown for the flag");
            Assert.That((all.Total, all.AllFlagged), Is.EqualTo((3L, 3L)));
            Assert.That(all.ByKind[ReviewKind.LowConfidence], Is.EqualTo(2));
            Assert.That(all.ByKind[ReviewKind.RulesVsModel], Is.EqualTo(2));
            Assert.That(all.ByKind[ReviewKind.SpeakerRoles], Is.Zero);
        }
    }

    [Test]
    public async Task ReviewQueue_OnlyOneFlag_NarrowsListAndTotal()
    {
        await using var db = await SeedAsync(provider);

        var rules = await db.Database.Contacts.ListReviewQueueAsync(1, 50, ReviewKind.RulesVsModel, default);
        var low = await db.Database.Contacts.ListReviewQueueAsync(1, 50, ReviewKind.LowConfidence, default);
        var roles = await db.Database.Contacts.ListReviewQueueAsync(1, 50, ReviewKind.SpeakerRoles, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rules.Items.Select(i => i.CallId), Is.EqualTo(new[] { "D1", "D3" }));
            Assert.That((rules.Total, rules.AllFlagged, rules.Only), Is.EqualTo((2L, 3L, (ReviewKind?)ReviewKind.RulesVsModel)));
            Assert.That(low.Items.Select(i => i.CallId), Is.EqualTo(new[] { "D2", "D3" }));
            Assert.That(roles.Items, Is.Empty);
        }
    }

    [Test]
    public async Task ReviewQueue_CorrectionRemovesBothClassificationFlags()
    {
        await using var db = await SeedAsync(provider);

        await db.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection("D3", null, "process", "the rules were right", "sue", DateTimeOffset.UnixEpoch), default);
        var queue = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(queue.Items.Select(i => i.CallId), Is.EqualTo(new[] { "D1", "D2" }));
            Assert.That(queue.ByKind[ReviewKind.RulesVsModel], Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Classification_RoundTripsModelAndRuleRootCauses()
    {
        await using var db = await SeedAsync(provider);

        var d1 = await db.Database.Classifications.GetAsync("D1", default);
        var d2 = await db.Database.Classifications.GetAsync("D2", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((d1!.Classification.ModelRootCause, d1.Classification.RuleRootCause), Is.EqualTo(("agent", "billing")));
            Assert.That((d1.NeedsReview, d1.LowConfidence, d1.RulesDisagreementFlagged), Is.EqualTo((true, false, true)));
            Assert.That((d2!.Classification.RuleRootCause, d2.LowConfidence, d2.RulesDisagreementFlagged), Is.EqualTo(((string?)null, true, false)));
        }
    }
}
