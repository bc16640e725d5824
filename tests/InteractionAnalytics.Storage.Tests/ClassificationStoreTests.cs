using InteractionAnalytics.Core.Classification.Corrections;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ClassificationStoreTests(StorageProvider provider)
{
    [Test]
    public async Task AddCorrection_ContactNeverClassified_StoredWithNoPreviousLabels()
    {
        // A contact without a transcript has no classification: both "previous" labels are NULL, which SQLite reports as
        // BLOB columns. This used to fail while materialising them.
        await using var db = await provider.CreateAsync();
        var run = await db.Database.IngestStore.StartRunAsync("/e", "{}", DateTimeOffset.UnixEpoch, default);
        await db.Database.IngestStore.UpsertContactsAsync(run, [Contacts.Handled("N1")], default);

        var added = await db.Database.Classifications.AddCorrectionAsync(
            new ClassificationCorrection("N1", "refund", "billing", "listened to the call", "ana", DateTimeOffset.UnixEpoch), default);

        var rows = await db.QueryAsync<(string Intent, string RootCause, string? PreviousIntent, string? PreviousRootCause)>(
            "SELECT intent, root_cause, previous_intent, previous_root_cause FROM classification_corrections WHERE call_id = 'N1'");
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.Contact, "N1", default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.True);
            Assert.That(rows, Is.EqualTo(new[] { ("refund", "billing", (string?)null, (string?)null) }));
            Assert.That(audit, Has.Count.EqualTo(1));
        }
    }
}
