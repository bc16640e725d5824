using System.Globalization;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class SpeakerRoleStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset CorrectedAt = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    // R1 (17th): roles inferred without cues (flagged: talk share only), classification not flagged.
    // R2 (18th): classification flagged, roles declared. R3 (19th): both flagged. R4 (16th): nothing flagged.
    private static async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await store.UpsertContactsAsync(run,
        [
            Contacts.Handled("R1", day: 17),
            Contacts.Handled("R2", day: 18),
            Contacts.Handled("R3", day: 19),
            Contacts.Handled("R4", day: 16),
        ], default);
        await store.UpsertTranscriptsAsync(run,
        [
            Inferred("R1", needsClassificationReview: false),
            Declared("R2", needsClassificationReview: true),
            Inferred("R3", needsClassificationReview: true),
            Declared("R4", needsClassificationReview: false),
        ], default);
        return db;
    }

    private static SourcedTranscript Inferred(string callId, bool needsClassificationReview)
    {
        var roles = SpeakerRoleAssigner.WithoutCues.Assign(new LabelledTranscript(callId, "en",
        [
            new LabelledTurn("spk_0", 0, 1, "Hello."),
            new LabelledTurn("spk_1", 2, 5, "Hello there, yes, sure."),
            new LabelledTurn("spk_0", 6, 7, "Okay."),
        ]));
        return Classified(new SourcedTranscript(roles.Transcript, $"transcripts/{callId}.json", "aws-transcribe") { Roles = roles }, needsClassificationReview);
    }

    private static SourcedTranscript Declared(string callId, bool needsClassificationReview) => Classified(
        new SourcedTranscript(new Transcript(callId, "en", [new Turn(Speaker.Customer, 0, 4, "Charged twice"), new Turn(Speaker.Agent, 5, 9, "Refunded.")]),
            $"transcripts/{callId}.json", "json"),
        needsClassificationReview);

    private static SourcedTranscript Classified(SourcedTranscript transcript, bool needsReview) => transcript with
    {
        Classification = new ReviewedClassification(
            new ContactClassification("billing_dispute", needsReview ? 0.3 : 0.9, "billing", 0.8, [], "m1"),
            needsReview, needsReview ? "intent confidence 0.30 below 0.50" : null),
    };

    [Test]
    public async Task ReviewQueue_BothKinds_OldestFirstWithReasons()
    {
        await using var db = await SeedAsync(provider);

        var queue = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(queue.Total, Is.EqualTo(3));
            Assert.That(queue.Items.Select(i => i.CallId), Is.EqualTo(new[] { "R1", "R2", "R3" }), "oldest contact first; R4 is not flagged");
            Assert.That((queue.Items[0].ClassificationFlagged, queue.Items[0].RolesFlagged), Is.EqualTo((false, true)));
            Assert.That(queue.Items[0].RolesReason, Does.StartWith("speaker roles inferred with confidence"));
            Assert.That(queue.Items[0].ClassificationReason, Is.Null);
            Assert.That((queue.Items[1].ClassificationFlagged, queue.Items[1].RolesFlagged), Is.EqualTo((true, false)));
            Assert.That(queue.Items[1].ClassificationReason, Is.EqualTo("intent confidence 0.30 below 0.50"));
            Assert.That((queue.Items[2].ClassificationFlagged, queue.Items[2].RolesFlagged), Is.EqualTo((true, true)));
        }
    }

    [Test]
    public async Task ReviewQueue_Paged()
    {
        await using var db = await SeedAsync(provider);

        var second = await db.Database.Contacts.ListReviewQueueAsync(2, 2, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Items.Select(i => i.CallId), Is.EqualTo(new[] { "R3" }));
            Assert.That((second.Total, second.PageCount), Is.EqualTo((3L, 2)));
        }
    }

    [Test]
    public async Task ReviewQueue_EachCorrectionRemovesItsKind()
    {
        await using var db = await SeedAsync(provider);

        await db.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection("R3", null, "agent", "checked", "sue", CorrectedAt), default);
        var afterClassification = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);
        await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "R3", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Agent, ["spk_1"] = Speaker.Customer }, "swapped", "sue", CorrectedAt), default);
        var afterRoles = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);

        using (Assert.EnterMultipleScope())
        {
            var r3 = afterClassification.Items.Single(i => i.CallId == "R3");
            Assert.That((r3.ClassificationFlagged, r3.RolesFlagged), Is.EqualTo((false, true)));
            Assert.That(afterRoles.Items.Select(i => i.CallId), Is.EqualTo(new[] { "R1", "R2" }));
        }
    }

    [Test]
    public async Task Correct_ChangedLabels_CorrectionsAuditRolesTurnsAndFlagInOneGo()
    {
        await using var db = await SeedAsync(provider);
        var before = await db.Database.Contacts.GetAsync("R1", null, default);

        // spk_1 (inferred agent) stays agent: only spk_0 changes.
        var changed = await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "R1", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Ivr, ["spk_1"] = Speaker.Agent }, "the menu", "sue", CorrectedAt), default);

        var corrections = await db.QueryAsync<(string Label, string Role, string Previous, string Reason, string By, string At)>(
            "SELECT speaker_label, role, previous_role, reason, corrected_by, corrected_at FROM speaker_role_corrections WHERE call_id = 'R1'");
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.Contact, "R1", default);
        var after = await db.Database.Contacts.GetAsync("R1", null, default);
        var flag = await db.ScalarAsync<long>("SELECT roles_need_review FROM transcripts WHERE call_id = 'R1'");
        var corrected = await db.Database.IngestStore.GetRoleCorrectionsAsync(["R1"], default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before!.SpeakerRoles.Select(r => (r.Label, r.Role, r.Method)),
                Is.EqualTo(new[] { ("spk_0", "customer", "inferred"), ("spk_1", "agent", "inferred") }));
            Assert.That(changed, Is.EqualTo(new[] { "spk_0" }));
            Assert.That(corrections, Has.Count.EqualTo(1));
            Assert.That(corrections[0] with { At = "" }, Is.EqualTo(("spk_0", "ivr", "customer", "the menu", "sue", "")));
            Assert.That(DateTimeOffset.Parse(corrections[0].At, CultureInfo.InvariantCulture), Is.EqualTo(CorrectedAt));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That((audit[0].Action, audit[0].UserName, audit[0].Reason, audit[0].At), Is.EqualTo((AuditActions.CorrectSpeakerRoles, "sue", "the menu", CorrectedAt)));
            Assert.That((audit[0].BeforeJson, audit[0].AfterJson), Is.EqualTo(("{\"spk_0\":\"customer\"}", "{\"spk_0\":\"ivr\"}")));
            Assert.That(after!.SpeakerRoles.Select(r => (r.Label, r.Role, r.Method, r.Confidence)),
                Is.EqualTo(new[] { ("spk_0", "ivr", "corrected", 1.0), ("spk_1", "agent", "inferred", before.SpeakerRoles[1].Confidence) }));
            Assert.That(after.SpeakerRoles[0].Evidence, Is.Empty);
            Assert.That(after.Turns.Select(t => (t.SpeakerLabel, t.Speaker)),
                Is.EqualTo(new (string?, string)[] { ("spk_0", "ivr"), ("spk_1", "agent"), ("spk_0", "ivr") }));
            Assert.That(flag, Is.Zero);
            Assert.That(after.RolesNeedReview, Is.False);
            Assert.That(corrected["R1"], Is.EqualTo(new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Ivr }), "the next ingest applies it");
        }
    }

    [Test]
    public async Task Correct_WithReclassify_ClassifiesTheCorrectedTurnsAndAuditsTheLabels()
    {
        await using var db = await SeedAsync(provider);
        IReadOnlyList<Turn>? seen = null;
        ReviewedClassification Reclassify(IReadOnlyList<Turn> turns)
        {
            seen = turns;
            return new ReviewPolicy().Review(new ContactClassification("refund", 0.9, "agent", 0.3, [], "m2"));
        }

        // R1: spk_0 (inferred customer) becomes the agent, spk_1 (inferred agent) the customer.
        await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "R1", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Agent, ["spk_1"] = Speaker.Customer }, "swapped", "sue", CorrectedAt),
            Reclassify, default);

        var stored = await db.Database.Classifications.GetAsync("R1", default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.Contact, "R1", default);
        var queue = await db.Database.Contacts.ListReviewQueueAsync(1, 50, default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen!.Select(t => (t.Speaker, t.Text)), Is.EqualTo(new[]
            {
                (Speaker.Agent, "Hello."), (Speaker.Customer, "Hello there, yes, sure."), (Speaker.Agent, "Okay."),
            }), "the turns with the corrected roles, in order");
            Assert.That((stored!.Classification.Intent, stored.Classification.RootCause, stored.Classification.ModelVersion), Is.EqualTo(("refund", "agent", "m2")));
            Assert.That((stored.NeedsReview, stored.ReviewReason), Is.EqualTo((true, "root cause confidence 0.30 below 0.50")));
            Assert.That(audit.Single().BeforeJson, Is.EqualTo("{\"spk_0\":\"customer\",\"spk_1\":\"agent\",\"intent\":\"billing_dispute\",\"root_cause\":\"billing\"}"));
            Assert.That(audit.Single().AfterJson, Is.EqualTo("{\"spk_0\":\"agent\",\"spk_1\":\"customer\",\"intent\":\"refund\",\"root_cause\":\"agent\"}"));
            Assert.That(queue.Items.Single(i => i.CallId == "R1").Kinds, Is.EqualTo(new[] { ReviewKind.LowConfidence }),
                "roles reviewed; the new classification is flagged on its own merits");
        }
    }

    [Test]
    public async Task Correct_WithReclassifyButNeverClassified_OnlyTheRoles()
    {
        await using var db = await SeedAsync(provider);
        await db.ScalarAsync<long>("DELETE FROM contact_classifications WHERE call_id = 'R1'");
        var called = false;

        await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "R1", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Agent }, "x", "sue", CorrectedAt),
            _ => { called = true; throw new InvalidOperationException("not expected"); }, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(called, Is.False, "a contact ingested without classification stays unclassified");
            Assert.That(await db.Database.Classifications.GetAsync("R1", default), Is.Null);
        }
    }

    [Test]
    public async Task Correct_NothingChanged_WritesNothing()
    {
        await using var db = await SeedAsync(provider);

        var changed = await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "R1", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Customer }, "same", "sue", CorrectedAt), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.Empty);
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM speaker_role_corrections"), Is.Zero);
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log"), Is.Zero);
            Assert.That(await db.ScalarAsync<long>("SELECT roles_need_review FROM transcripts WHERE call_id = 'R1'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Correct_UnknownLabelOrContact_RefusedOrNull()
    {
        await using var db = await SeedAsync(provider);

        var missing = await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
            "nope", new Dictionary<string, Speaker> { ["spk_0"] = Speaker.Agent }, "x", "sue", CorrectedAt), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing, Is.Null);
            Assert.That(async () => await db.Database.SpeakerRoles.CorrectAsync(new SpeakerRoleCorrection(
                "R1", new Dictionary<string, Speaker> { ["spk_9"] = Speaker.Agent }, "x", "sue", CorrectedAt), default), Throws.ArgumentException);
        }
    }
}
