using System.Text.Json;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Retention;

namespace InteractionAnalytics.Storage.Tests.Retention;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ContactDeleterTests(StorageProvider provider)
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    private static ContactDeletionRequest Request(ContactSelector selector, bool dryRun = false, int batchSize = ContactDeletionRequest.DefaultBatchSize) =>
        new(selector, "cli:dpo", At, "ticket PRIV-7", dryRun) { BatchSize = batchSize };

    private static async Task<Dictionary<string, (string Outcome, string? Next, string? Chain, long? Position)>> OutcomesAsync(TestDatabase db)
    {
        var rows = await db.QueryAsync<(string CallId, string Outcome, string? Next, string? Chain, long? Position)>(
            "SELECT call_id, outcome, next_call_id, chain_id, chain_position FROM contact_outcomes");
        return rows.ToDictionary(r => r.CallId, r => (r.Outcome, r.Next, r.Chain, r.Position));
    }

    private static bool Mentions(string row, IEnumerable<string> tokens) => tokens.Any(t => row.Contains(t, StringComparison.Ordinal));

    /// <summary>
    /// A row of CUST-K1's: it names their call ids or key, or belongs to their QA evaluation (1) or coaching item (1) by id alone:
    /// the evaluation's answer, the item's note and the item's audit entry.
    /// </summary>
    private static bool IsK1s(string row) =>
        Mentions(row, [.. RetentionSeed.K1Calls, "CUST-K1"])
        || row.StartsWith("qa_answers: evaluation_id=1;", StringComparison.Ordinal)
        || (row.StartsWith("coaching_notes: ", StringComparison.Ordinal) && row.Contains("; item_id=1;", StringComparison.Ordinal))
        || row.Contains("; entity=coaching_item; entity_key=1;", StringComparison.Ordinal);

    [Test]
    public async Task DeleteCustomer_EverythingDerived_NoRowAnywhereMentionsTheirIdsAndOthersUntouched()
    {
        await using var db = await RetentionSeed.CreateAsync(provider);
        string[] tokens = [.. RetentionSeed.K1Calls, "CUST-K1"];
        var before = await RetentionSeed.SnapshotAsync(db);

        var result = await db.Database.Deleter.DeleteAsync(Request(ContactSelector.Customers(["CUST-K1"])), null, default);

        var after = await RetentionSeed.SnapshotAsync(db);
        var auditRow = after.Single(r => r.StartsWith("audit_log: ", StringComparison.Ordinal) && r.Contains("action=delete_contacts", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Count(r => Mentions(r, tokens)), Is.GreaterThan(20), "the seed mentions the customer in many tables");
            Assert.That(after.Where(r => Mentions(r, tokens)), Is.Empty, "no row of any table mentions the customer's call ids or key");

            // The other customers' rows are exactly as before: same rows, same values; the only new row is the audit entry.
            Assert.That(after.Where(r => r != auditRow), Is.EqualTo(before.Where(r => !IsK1s(r))));

            Assert.That(result.Contacts, Is.EqualTo(4));
            Assert.That(result.RowsOf("contacts"), Is.EqualTo(4));
            Assert.That(result.RowsOf("contact_outcomes"), Is.EqualTo(4));
            Assert.That(result.RowsOf("transcripts"), Is.EqualTo(1));
            Assert.That(result.RowsOf("transcript_turns"), Is.EqualTo(2));
            Assert.That(result.RowsOf("speaker_roles"), Is.EqualTo(2));
            Assert.That(result.RowsOf("speaker_role_corrections"), Is.EqualTo(1));
            Assert.That(result.RowsOf("contact_classifications"), Is.EqualTo(1));
            Assert.That(result.RowsOf("classification_corrections"), Is.EqualTo(1));
            Assert.That(result.RowsOf("conversation_measures"), Is.EqualTo(1));
            Assert.That(result.RowsOf("audio_measures"), Is.EqualTo(1));
            Assert.That(result.RowsOf("qa_evaluations"), Is.EqualTo(1));
            Assert.That(result.RowsOf("qa_answers"), Is.EqualTo(1));
            Assert.That(result.RowsOf("coaching_items"), Is.EqualTo(1));
            Assert.That(result.RowsOf("coaching_notes"), Is.EqualTo(1));
            Assert.That(result.RowsOf("rejects"), Is.EqualTo(1));

            // On the contact: the classification correction, the role correction, the coaching flag; the evaluation's and the item's own.
            Assert.That(result.RowsOf("audit_log"), Is.EqualTo(5));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE entity = 'qa_evaluation' AND entity_key = '1'"), Is.Zero);
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE entity = 'qa_evaluation' AND entity_key = '2'"), Is.EqualTo(1));
            Assert.That(result.CustomersRelinked, Is.Zero, "the customer has no contact left to re-link");
        }
    }

    [Test]
    public async Task DeleteCustomer_AuditEntry_SelectorAndCountsWithoutTheDeletedIds()
    {
        await using var db = await RetentionSeed.CreateAsync(provider);

        var result = await db.Database.Deleter.DeleteAsync(Request(ContactSelector.Customers(["CUST-K1"])), null, default);

        var entry = (await db.Database.AuditLog.ListAsync(AuditEntities.Contacts, "customers", default)).Single();
        using var after = JsonDocument.Parse(entry.AfterJson!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.AuditId, Is.EqualTo(result.AuditId));
            Assert.That(entry.Action, Is.EqualTo(AuditActions.DeleteContacts));
            Assert.That(entry.UserName, Is.EqualTo("cli:dpo"));
            Assert.That(entry.At, Is.EqualTo(At));
            Assert.That(entry.Reason, Is.EqualTo("ticket PRIV-7"));
            Assert.That(entry.BeforeJson, Is.Null);
            Assert.That(after.RootElement.GetProperty("selector").GetString(), Is.EqualTo("customers"));
            Assert.That(after.RootElement.GetProperty("keys").GetString(), Is.EqualTo("1"));
            Assert.That(after.RootElement.GetProperty("contacts").GetString(), Is.EqualTo("4"));
            Assert.That(after.RootElement.GetProperty("transcript_turns").GetString(), Is.EqualTo("2"));
            Assert.That(entry.AfterJson, Does.Not.Contain("K1"));
        }
    }

    [Test]
    public async Task DeleteCall_MiddleOfChain_NeighboursRelinkedAsComputedByHand()
    {
        // K1-CALL-1 (day 0) now repeats into K1-CALL-3 (day 5, within 7 days of its end), which becomes the chain's second and
        // last contact, resolved; K1-CALL-4 (day 20) stays alone. CUST-K2's chain is untouched.
        await using var db = await RetentionSeed.CreateAsync(provider);
        var before = await OutcomesAsync(db);

        var result = await db.Database.Deleter.DeleteAsync(Request(ContactSelector.Calls(["K1-CALL-2"])), null, default);

        var outcomes = await OutcomesAsync(db);
        var rows = await RetentionSeed.SnapshotAsync(db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["K1-CALL-1"], Is.EqualTo(("repeated", (string?)"K1-CALL-3", (string?)"K1-CALL-1", (long?)1)));
            Assert.That(outcomes["K1-CALL-3"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"K1-CALL-1", (long?)2)));
            Assert.That(outcomes["K1-CALL-4"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"K1-CALL-4", (long?)1)));
            Assert.That(outcomes, Does.Not.ContainKey("K1-CALL-2"));
            foreach (var other in new[] { "K2-CALL-1", "K2-CALL-2", "K2-CALL-3", "L9-CALL-1" })
            {
                Assert.That(outcomes[other], Is.EqualTo(before[other]), other);
            }

            Assert.That(rows.Where(r => r.Contains("K1-CALL-2", StringComparison.Ordinal)), Is.Empty);
            Assert.That(result.CustomersRelinked, Is.EqualTo(1));
            Assert.That(result.OutcomesRelinked, Is.EqualTo(3));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM contact_outcomes WHERE window_seconds = 604800 AND same_intent = 0"), Is.EqualTo(7),
                "re-linked with the ingest's window and intent rule");
        }
    }

    [Test]
    public async Task Purge_CutOffDay4_EarlierContactsGoneLaterKeptChainsRelinked()
    {
        // Before 6 Nov 09:00 −05:00: K1-CALL-1 (day 0), K1-CALL-2 (day 2), K2-CALL-1 (day 0), K2-CALL-2 (day 3) go. K1-CALL-3 starts
        // a chain of its own (K1-CALL-4 is 15 days later), K2-CALL-3 too. The first run (1970) is older: its rejects go; the
        // later run's reject (X-LATE) stays. Batches of one contact: four batches.
        await using var db = await RetentionSeed.CreateAsync(provider);
        var progress = new List<ContactDeletionProgress>();

        var result = await db.Database.Deleter.DeleteAsync(
            Request(ContactSelector.Before(RetentionSeed.Day0.AddDays(4)), batchSize: 1), new ListProgress(progress), default);

        var outcomes = await OutcomesAsync(db);
        var remaining = await db.QueryAsync<string>("SELECT call_id FROM contacts ORDER BY call_id");
        var rows = await RetentionSeed.SnapshotAsync(db);
        string[] gone = ["K1-CALL-1", "K1-CALL-2", "K2-CALL-1", "K2-CALL-2"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(remaining, Is.EqualTo(new[] { "K1-CALL-3", "K1-CALL-4", "K2-CALL-3", "L9-CALL-1" }));
            Assert.That(rows.Where(r => Mentions(r, gone)), Is.Empty);
            Assert.That(outcomes["K1-CALL-3"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"K1-CALL-3", (long?)1)));
            Assert.That(outcomes["K1-CALL-4"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"K1-CALL-4", (long?)1)));
            Assert.That(outcomes["K2-CALL-3"], Is.EqualTo(("resolved_first_contact", (string?)null, (string?)"K2-CALL-3", (long?)1)));
            Assert.That(outcomes["L9-CALL-1"].Outcome, Is.EqualTo("pending"));
            Assert.That(await db.QueryAsync<string>("SELECT record_key FROM rejects"), Is.EqualTo(new[] { "X-LATE" }));
            Assert.That(result.Contacts, Is.EqualTo(4));
            Assert.That(result.Batches, Is.EqualTo(4));
            Assert.That(result.RowsOf("rejects"), Is.EqualTo(2));
            Assert.That(progress.Select(p => p.Contacts), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
            Assert.That((await db.Database.AuditLog.ListAsync(AuditEntities.Contacts, "started_before 2026-11-06T14:00:00.000Z", default)).Single().Action,
                Is.EqualTo(AuditActions.PurgeContacts));
        }
    }

    [Test]
    public async Task DryRun_CustomerAndPurge_ChangeNothingAndCountWhatARealRunDeletes()
    {
        await using var db = await RetentionSeed.CreateAsync(provider);
        var before = await RetentionSeed.SnapshotAsync(db);
        var deleter = db.Database.Deleter;

        var dryCustomer = await deleter.DeleteAsync(Request(ContactSelector.Customers(["CUST-K1"]), dryRun: true, batchSize: 3), null, default);
        var dryPurge = await deleter.DeleteAsync(Request(ContactSelector.Before(RetentionSeed.Day0.AddDays(4)), dryRun: true), null, default);
        var unchanged = await RetentionSeed.SnapshotAsync(db);
        var real = await deleter.DeleteAsync(Request(ContactSelector.Customers(["CUST-K1"])), null, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unchanged, Is.EqualTo(before));
            Assert.That(dryCustomer.DryRun, Is.True);
            Assert.That(dryCustomer.AuditId, Is.Null);
            Assert.That(dryCustomer.Batches, Is.EqualTo(2), "4 contacts in batches of 3");
            Assert.That(dryCustomer.Tables, Is.EqualTo(real.Tables));
            Assert.That(dryPurge.Contacts, Is.EqualTo(4));
            Assert.That(dryPurge.RowsOf("rejects"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task FindUnknown_MixedKeys_OnlyTheUnstoredInOrder()
    {
        await using var db = await RetentionSeed.CreateAsync(provider);
        var deleter = db.Database.Deleter;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await deleter.FindUnknownAsync(ContactSelector.Calls(["NOPE-2", "K1-CALL-1", "NOPE-1"]), default), Is.EqualTo(new[] { "NOPE-2", "NOPE-1" }));
            Assert.That(await deleter.FindUnknownAsync(ContactSelector.Customers(["CUST-K2", "CUST-NONE"]), default), Is.EqualTo(new[] { "CUST-NONE" }));
            Assert.That(await deleter.FindUnknownAsync(ContactSelector.Before(At), default), Is.Empty);
        }
    }

    [Test]
    public async Task Tables_SchemaHasNoTableTheDeleterDoesNotKnow()
    {
        await using var db = await provider.CreateAsync();
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        var tables = await RetentionSeed.TablesAsync(connection);
        // A new table must be deleted from by ContactDeleter (if it can hold a contact's data) or added here with the reason it holds none:
        // ingest_runs holds counts and the export's path, schema_migrations the schema's version, users the web app's accounts.
        string[] holdNoContactData = ["ingest_runs", "schema_migrations", "users"];

        Assert.That(tables.Except(holdNoContactData), Is.EquivalentTo(ContactDeleter.Tables));
    }

    private sealed class ListProgress(List<ContactDeletionProgress> list) : IProgress<ContactDeletionProgress>
    {
        public void Report(ContactDeletionProgress value) => list.Add(value);
    }
}
